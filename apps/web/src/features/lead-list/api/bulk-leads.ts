import type { BulkLeadsRequest, BulkLeadsResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { leadListRootKey } from '@/features/lead-list/api/get-lead-list';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /leads/bulk: one action on many leads in one transaction. All or nothing: a lead that
 * no longer exists (or is not the caller's) answers 404 LEAD_NOT_FOUND with `missing_ids`.
 */
export async function bulkLeads(body: BulkLeadsRequest): Promise<BulkLeadsResponse> {
  const response = await apiClient.post<BulkLeadsResponse>('/leads/bulk', body);
  return response.data;
}

/**
 * Applies a bulk action, then reads the list again, also after a refusal (a 404 says the list
 * shows leads that are gone). The board and open lead pages follow through the live events.
 */
export function useBulkLeads(): UseMutationResult<BulkLeadsResponse, Error, BulkLeadsRequest> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: bulkLeads,
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadListRootKey(organizationId) }),
  });
}
