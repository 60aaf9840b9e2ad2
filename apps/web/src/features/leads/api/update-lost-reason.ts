import type { LostReason, UpdateLostReasonRequest } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { lostReasonsQueryKey } from '@/features/leads/api/get-lost-reasons';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

export type UpdateLostReasonInput = { id: string; body: UpdateLostReasonRequest };

/** PATCH /lost-reasons/:id (manager or admin): rename or reorder. */
export async function updateLostReason(
  id: string,
  body: UpdateLostReasonRequest,
): Promise<LostReason> {
  const response = await apiClient.patch<LostReason>(
    `/lost-reasons/${encodeURIComponent(id)}`,
    body,
  );
  return response.data;
}

/**
 * Renames or moves a reason. A new position shifts its neighbours on the server, so the list
 * is read again; a rename alone is put in the cache.
 */
export function useUpdateLostReason(): UseMutationResult<LostReason, Error, UpdateLostReasonInput> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: ({ id, body }: UpdateLostReasonInput) => updateLostReason(id, body),
    onSuccess: (updated, { body }) => {
      const key = lostReasonsQueryKey(organizationId);
      if (body.position !== undefined) {
        void queryClient.invalidateQueries({ queryKey: key });
        return;
      }
      queryClient.setQueryData<LostReason[]>(key, (reasons) =>
        reasons?.map((reason) => (reason.id === updated.id ? updated : reason)),
      );
    },
  });
}
