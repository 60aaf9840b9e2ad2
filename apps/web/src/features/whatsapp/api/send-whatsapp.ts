import type { CommunicationResponse, SendWhatsAppRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/**
 * POST /communications/whatsapp/send: exactly one of `text`, `template` or `file_id` (+
 * `caption`). 201 with the recorded communication, `failed` (with `metadata.error`) when Meta
 * refused it; 422 WHATSAPP_TEMPLATE_REQUIRED, LEAD_HAS_NO_PHONE; 409 WHATSAPP_NOT_CONNECTED;
 * 503 WHATSAPP_UNAVAILABLE.
 */
export async function sendWhatsApp(body: SendWhatsAppRequest): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>(
    '/communications/whatsapp/send',
    body,
  );
  return response.data;
}

export type UseSendWhatsAppOptions = {
  /** Shows the message on the timeline at once (app/ hands in the timeline's cache writer). */
  onSent: (communication: CommunicationResponse) => void;
};

/** Sends a WhatsApp message and hands the recorded communication to `onSent`. */
export function useSendWhatsApp({
  onSent,
}: UseSendWhatsAppOptions): UseMutationResult<CommunicationResponse, Error, SendWhatsAppRequest> {
  return useMutation({
    mutationFn: sendWhatsApp,
    onSuccess: (communication) => onSent(communication),
  });
}
