import type { MembershipResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /invitations/accept: the signed-in user joins; refresh the session afterwards. */
export async function acceptInvitation(token: string): Promise<MembershipResponse> {
  const response = await apiClient.post<MembershipResponse>('/invitations/accept', { token });
  return response.data;
}
