import type { AuthResponse, RegisterRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /auth/register: the account, plus a new organisation or an accepted invitation. */
export async function register(body: RegisterRequest): Promise<AuthResponse> {
  const response = await apiClient.post<AuthResponse>('/auth/register', body, {
    skipAuthRefresh: true,
  });
  return response.data;
}
