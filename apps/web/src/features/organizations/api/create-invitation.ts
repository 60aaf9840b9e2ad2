import type { CreateInvitationRequest, InvitationResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /invitations (admin): the answer carries the token once, as `accept_path`. */
export async function createInvitation(body: CreateInvitationRequest): Promise<InvitationResponse> {
  const response = await apiClient.post<InvitationResponse>('/invitations', body);
  return response.data;
}
