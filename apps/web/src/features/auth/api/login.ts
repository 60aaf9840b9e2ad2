import type { AuthResponse, LoginRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /auth/login. 401 INVALID_CREDENTIALS; 429 TOO_MANY_ATTEMPTS after repeated failures. */
export async function login(body: LoginRequest): Promise<AuthResponse> {
  const response = await apiClient.post<AuthResponse>('/auth/login', body, {
    skipAuthRefresh: true,
  });
  return response.data;
}
