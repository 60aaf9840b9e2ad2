import type { OrganizationResponse, UpdateOrganizationRequest } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { currentOrganizationQueryKey } from '@/features/organizations/api/get-current-organization';
import { apiClient } from '@/lib/api-client';
import { useSessionStore } from '@/stores/session.store';

/** PATCH /organizations/current (admin). */
export async function updateOrganization(
  body: UpdateOrganizationRequest,
): Promise<OrganizationResponse> {
  const response = await apiClient.patch<OrganizationResponse>('/organizations/current', body);
  return response.data;
}

/** Renames the organisation in the cache and in the switcher. */
export function useUpdateOrganization(): UseMutationResult<
  OrganizationResponse,
  Error,
  UpdateOrganizationRequest
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: (organization) => {
      queryClient.setQueryData(currentOrganizationQueryKey(organization.id), organization);
      useSessionStore.getState().renameMembership(organization.id, organization.name);
    },
  });
}
