import type { MemberResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { membersQueryKey } from '@/features/organizations/api/get-members';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /members/:userId (admin); 409 LAST_ADMIN for the last admin. */
export async function removeMember(userId: string): Promise<void> {
  await apiClient.delete(`/members/${userId}`);
}

/** Removes someone and takes them out of the cached team. */
export function useRemoveMember(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_nothing, userId) => {
      queryClient.setQueryData<MemberResponse[]>(membersQueryKey(organizationId), (members) =>
        members?.filter((member) => member.user_id !== userId),
      );
    },
  });
}
