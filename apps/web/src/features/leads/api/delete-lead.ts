import { apiClient } from '@/lib/api-client';

/** DELETE /leads/:id (manager or admin). */
export async function deleteLead(id: string): Promise<void> {
  await apiClient.delete(`/leads/${encodeURIComponent(id)}`);
}
