import type { CommunicationResponse, SendEmailRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/**
 * POST /communications/email/send: to the lead's address, from the connected mailbox. 201 with
 * the recorded communication; 409 EMAIL_NOT_CONNECTED, 422 LEAD_HAS_NO_EMAIL, 400
 * EMAIL_BODY_REQUIRED, 502 EMAIL_SEND_FAILED, 404 EMAIL_REPLY_NOT_FOUND.
 */
export async function sendEmail(body: SendEmailRequest): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>('/communications/email/send', body);
  return response.data;
}

export type UseSendEmailOptions = {
  /** Shows the e-mail on the timeline at once (app/ hands in the timeline's cache writer). */
  onSent: (communication: CommunicationResponse) => void;
};

/** Sends an e-mail and hands the recorded communication to `onSent`. */
export function useSendEmail({
  onSent,
}: UseSendEmailOptions): UseMutationResult<CommunicationResponse, Error, SendEmailRequest> {
  return useMutation({
    mutationFn: sendEmail,
    onSuccess: (communication) => onSent(communication),
  });
}
