import type { CreateLostReasonRequest, LostReason } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { lostReasonsQueryKey, sortLostReasons } from '@/features/leads/api/get-lost-reasons';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** POST /lost-reasons (manager or admin); 409 LOST_REASON_EXISTS for a label already there. */
export async function createLostReason(body: CreateLostReasonRequest): Promise<LostReason> {
  const response = await apiClient.post<LostReason>('/lost-reasons', body);
  return response.data;
}

/** Adds a reason at the end of the list and puts it in the cached list. */
export function useCreateLostReason(): UseMutationResult<
  LostReason,
  Error,
  CreateLostReasonRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: createLostReason,
    onSuccess: (created) => {
      queryClient.setQueryData<LostReason[]>(lostReasonsQueryKey(organizationId), (reasons) =>
        reasons ? sortLostReasons([...reasons, created]) : reasons,
      );
    },
  });
}
