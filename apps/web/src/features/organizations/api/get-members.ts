import type { ListEnvelope, MemberResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

export type GetMembersParams = { cursor?: string; limit?: number };

/** GET /members: one page of the current organisation's members, in joining order. */
export async function getMembers(
  params: GetMembersParams = {},
  signal?: AbortSignal,
): Promise<ListEnvelope<MemberResponse>> {
  const response = await apiClient.get<ListEnvelope<MemberResponse>>('/members', {
    params,
    signal,
  });
  return response.data;
}
