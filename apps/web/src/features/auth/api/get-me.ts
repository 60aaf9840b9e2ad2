import type { MeResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** GET /me: the signed-in user and their memberships, fresh from the database. */
export async function getMe(signal?: AbortSignal): Promise<MeResponse> {
  const response = await apiClient.get<MeResponse>('/me', { signal });
  return response.data;
}
