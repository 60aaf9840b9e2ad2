import type { CommunicationResponse, LogCallRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { addToTimelines } from '@/features/communications/utils/timeline-cache';
import { apiClient } from '@/lib/api-client';

export type LogCallInput = { leadId: string; body: LogCallRequest };

/** POST /leads/:id/calls: a call made or received outside the CRM. */
export async function logCall(
  leadId: string,
  body: LogCallRequest,
): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>(
    `/leads/${encodeURIComponent(leadId)}/calls`,
    body,
  );
  return response.data;
}

/** Records a call and shows it on the timeline without waiting for the live event. */
export function useLogCall(): UseMutationResult<CommunicationResponse, Error, LogCallInput> {
  return useMutation({
    mutationFn: ({ leadId, body }: LogCallInput) => logCall(leadId, body),
    onSuccess: addToTimelines,
  });
}
