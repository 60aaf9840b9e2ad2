import type { MemberResponse, Role } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { membersQueryKey } from '@/features/organizations/api/get-members';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

export type UpdateMemberRoleInput = { userId: string; role: Role };

/** PATCH /members/:userId (admin); 409 LAST_ADMIN when demoting the last admin. */
export async function updateMemberRole(userId: string, role: Role): Promise<MemberResponse> {
  const response = await apiClient.patch<MemberResponse>(`/members/${userId}`, { role });
  return response.data;
}

/** Changes a role and puts the answer in the cached team, so every list shows it at once. */
export function useUpdateMemberRole(): UseMutationResult<
  MemberResponse,
  Error,
  UpdateMemberRoleInput
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: ({ userId, role }: UpdateMemberRoleInput) => updateMemberRole(userId, role),
    onSuccess: (updated) => {
      queryClient.setQueryData<MemberResponse[]>(membersQueryKey(organizationId), (members) =>
        members?.map((member) => (member.user_id === updated.user_id ? updated : member)),
      );
    },
  });
}
