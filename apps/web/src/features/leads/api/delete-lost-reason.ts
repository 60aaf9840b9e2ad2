import type { LostReason } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { lostReasonsQueryKey } from '@/features/leads/api/get-lost-reasons';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /lost-reasons/:id (manager or admin); leads lost for it keep the label. */
export async function deleteLostReason(id: string): Promise<void> {
  await apiClient.delete(`/lost-reasons/${encodeURIComponent(id)}`);
}

/** Removes a reason and takes it out of the cached list. */
export function useDeleteLostReason(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: deleteLostReason,
    onSuccess: (_nothing, id) => {
      queryClient.setQueryData<LostReason[]>(lostReasonsQueryKey(organizationId), (reasons) =>
        reasons?.filter((reason) => reason.id !== id),
      );
    },
  });
}
