import { apiClient } from '@/lib/api-client';

/** POST /auth/logout: revokes the refresh token (and its family). */
export async function logout(refreshToken: string): Promise<void> {
  await apiClient.post('/auth/logout', { refresh_token: refreshToken }, { skipAuthRefresh: true });
}
