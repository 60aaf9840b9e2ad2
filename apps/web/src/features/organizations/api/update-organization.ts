import type { OrganizationResponse, UpdateOrganizationRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** PATCH /organizations/current (admin). */
export async function updateOrganization(
  body: UpdateOrganizationRequest,
): Promise<OrganizationResponse> {
  const response = await apiClient.patch<OrganizationResponse>('/organizations/current', body);
  return response.data;
}
