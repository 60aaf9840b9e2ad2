import { apiClient } from '@/lib/api-client';

/** DELETE /files/:id: drops an attachment the user took back before sending. */
export async function deleteFile(fileId: string): Promise<void> {
  await apiClient.delete(`/files/${encodeURIComponent(fileId)}`);
}
