import type { OrganizationResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** GET /organizations/current: the organisation named by X-Org-Id. */
export async function getCurrentOrganization(signal?: AbortSignal): Promise<OrganizationResponse> {
  const response = await apiClient.get<OrganizationResponse>('/organizations/current', { signal });
  return response.data;
}
