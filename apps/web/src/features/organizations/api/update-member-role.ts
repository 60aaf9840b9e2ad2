import type { MemberResponse, Role } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** PATCH /members/:userId (admin); 409 LAST_ADMIN when demoting the last admin. */
export async function updateMemberRole(userId: string, role: Role): Promise<MemberResponse> {
  const response = await apiClient.patch<MemberResponse>(`/members/${userId}`, { role });
  return response.data;
}
