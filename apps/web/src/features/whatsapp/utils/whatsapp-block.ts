import { ApiError } from '@/lib/api-client';

/** Why WhatsApp cannot be used for a lead right now, when a request said so. */
export type WhatsAppBlock = 'not_connected' | 'no_phone' | 'unavailable';

/**
 * The block an error stands for: 409 WHATSAPP_NOT_CONNECTED (no active integration), 422
 * LEAD_HAS_NO_PHONE, or 404 NOT_FOUND (a server without the WhatsApp routes yet).
 */
export function whatsAppBlockOf(error: unknown): WhatsAppBlock | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'WHATSAPP_NOT_CONNECTED') return 'not_connected';
  if (error.code === 'LEAD_HAS_NO_PHONE') return 'no_phone';
  if (error.status === 404 && error.code === 'NOT_FOUND') return 'unavailable';
  return null;
}
