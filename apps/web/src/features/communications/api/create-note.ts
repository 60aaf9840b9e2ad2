import type { CommunicationResponse, CreateNoteRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /leads/:id/notes: an internal note on the lead's timeline. */
export async function createNote(
  leadId: string,
  body: CreateNoteRequest,
): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>(
    `/leads/${encodeURIComponent(leadId)}/notes`,
    body,
  );
  return response.data;
}
