import type { CommunicationResponse, PlaceCallRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/**
 * POST /communications/voip/call: Twilio calls the lead and, once answered, connects the agent.
 * 201 with the outbound `voip` communication (call_status `queued`); 409 TWILIO_NOT_CONNECTED,
 * 422 LEAD_HAS_NO_PHONE / TWILIO_CALL_REFUSED, 502 TWILIO_UNREACHABLE, 404 lead not found.
 */
export async function placeCall(body: PlaceCallRequest): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>('/communications/voip/call', body);
  return response.data;
}

export type UsePlaceCallOptions = {
  /** Shows the call on the timeline at once (app/ hands in the timeline's cache writer). */
  onPlaced: (communication: CommunicationResponse) => void;
};

/** Places a call and hands the recorded communication to `onPlaced`. */
export function usePlaceCall({
  onPlaced,
}: UsePlaceCallOptions): UseMutationResult<CommunicationResponse, Error, PlaceCallRequest> {
  return useMutation({
    mutationFn: placeCall,
    onSuccess: (communication) => onPlaced(communication),
  });
}
