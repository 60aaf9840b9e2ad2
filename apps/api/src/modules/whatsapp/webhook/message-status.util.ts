import { CommunicationStatus } from '@loved/shared';
import type { WhatsAppMessageStatus } from './whatsapp-webhook.type';

export type TrackedWhatsAppStatus = Extract<
  CommunicationStatus,
  'sent' | 'delivered' | 'read' | 'failed'
>;

export type ParsedMessageStatus = {
  /** wamid of the message the business sent. */
  wamid: string;
  status: TrackedWhatsAppStatus;
  at: Date;
  recipientId: string;
  /** Why the message failed, from the first of Meta's errors. */
  error: { code: number; title: string; message: string | null; details: string | null } | null;
  conversationId: string | null;
  /** Meta's pricing category (service, marketing, utility…), for cost reports. */
  pricingCategory: string | null;
};

/** Meta's statuses the CRM follows; `deleted`, `warning` and anything newer are not. */
const TRACKED = new Map<string, TrackedWhatsAppStatus>([
  ['sent', CommunicationStatus.Sent],
  ['delivered', CommunicationStatus.Delivered],
  ['read', CommunicationStatus.Read],
  ['failed', CommunicationStatus.Failed],
]);

/** A delivery update for a message the business sent, or null when the CRM does not track it. */
export function parseMessageStatus(status: WhatsAppMessageStatus): ParsedMessageStatus | null {
  const tracked = TRACKED.get(status.status);
  if (tracked === undefined) return null;
  const error = status.errors?.[0];
  return {
    wamid: status.id,
    status: tracked,
    at: new Date(Number(status.timestamp) * 1000),
    recipientId: status.recipient_id,
    error: error
      ? {
          code: error.code,
          title: error.title,
          message: error.message ?? null,
          details: error.error_data?.details ?? null,
        }
      : null,
    conversationId: status.conversation?.id ?? null,
    pricingCategory: status.pricing?.category ?? null,
  };
}
