import type { CreateOrganizationRequest, OrganizationResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /organizations: the caller becomes admin; refresh the session to get it in the token. */
export async function createOrganization(
  body: CreateOrganizationRequest,
): Promise<OrganizationResponse> {
  const response = await apiClient.post<OrganizationResponse>('/organizations', body);
  return response.data;
}
