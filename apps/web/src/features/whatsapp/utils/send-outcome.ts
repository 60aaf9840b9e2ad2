import type { CommunicationResponse } from '@loved/shared';
import { whatsAppBlockOf } from '@/features/whatsapp/utils/whatsapp-block';
import { ApiError } from '@/lib/api-client';

/** Why Meta refused a recorded message: its `metadata.error` title or message, if it gave one. */
export function failureReasonOf(communication: CommunicationResponse): string | null {
  const error = communication.metadata.error;
  if (typeof error !== 'object' || error === null) return null;
  const { title, message } = error as Record<string, unknown>;
  if (typeof title === 'string' && title.trim()) return title;
  if (typeof message === 'string' && message.trim()) return message;
  return null;
}

/**
 * A send refused because the conversation is not what the composer thought: the window closed
 * (a template is needed now), WhatsApp was disconnected, or the lead lost its phone.
 */
export function changesConversation(error: unknown): boolean {
  if (whatsAppBlockOf(error) !== null) return true;
  return error instanceof ApiError && error.code === 'WHATSAPP_TEMPLATE_REQUIRED';
}
