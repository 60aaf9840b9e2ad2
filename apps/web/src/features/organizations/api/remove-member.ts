import { apiClient } from '@/lib/api-client';

/** DELETE /members/:userId (admin); 409 LAST_ADMIN for the last admin. */
export async function removeMember(userId: string): Promise<void> {
  await apiClient.delete(`/members/${userId}`);
}
