import type { CommunicationResponse, CreateNoteRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { apiClient } from '@/lib/api-client';

export type CreateNoteInput = { leadId: string; body: CreateNoteRequest };

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

/** Adds a note and shows it on the timeline without waiting for the live event. */
export function useCreateNote(): UseMutationResult<CommunicationResponse, Error, CreateNoteInput> {
  return useMutation({
    mutationFn: ({ leadId, body }: CreateNoteInput) => createNote(leadId, body),
    onSuccess: addToTimelines,
  });
}
