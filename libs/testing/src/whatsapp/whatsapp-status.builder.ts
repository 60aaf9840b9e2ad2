import { randomBytes } from 'node:crypto';
import type {
  WhatsAppMessageStatus,
  WhatsAppMessageStatusValue,
  WhatsAppPricingCategory,
  WhatsAppWebhookError,
} from './whatsapp-webhook.type';

export type WhatsAppStatusOptions = {
  /** The wamid the API returned when the message was sent. */
  wamid: string;
  status: WhatsAppMessageStatusValue;
  /** The customer's wa_id. */
  recipientId: string;
  timestamp?: Date | number;
  category?: WhatsAppPricingCategory;
  conversationId?: string;
  pricingModel?: 'CBP' | 'PMP';
  /** For `failed`: Meta's reasons; a 131026 (undeliverable) unless given. */
  errors?: WhatsAppWebhookError[];
};

const DAY_SECONDS = 24 * 60 * 60;

function unixSeconds(value: Date | number | undefined): number {
  if (value === undefined) return Math.floor(Date.now() / 1000);
  return value instanceof Date ? Math.floor(value.getTime() / 1000) : Math.floor(value);
}

/** The error Meta attaches to a `failed` status; 131026 (undeliverable) by default. */
export function whatsAppStatusError(
  code = 131026,
  title = 'Message undeliverable',
  details = 'Message Undeliverable.',
): WhatsAppWebhookError {
  return {
    code,
    title,
    message: title,
    error_data: { details },
    href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
  };
}

/**
 * One entry of `value.statuses[]`. `sent` and `delivered` carry conversation and pricing (the
 * conversation's expiry only on `sent`), `read` carries neither, `failed` carries `errors`.
 */
export function whatsAppStatus(options: WhatsAppStatusOptions): WhatsAppMessageStatus {
  const timestamp = unixSeconds(options.timestamp);
  const status: WhatsAppMessageStatus = {
    id: options.wamid,
    status: options.status,
    timestamp: String(timestamp),
    recipient_id: options.recipientId,
  };
  if (options.status === 'failed') {
    return { ...status, errors: options.errors ?? [whatsAppStatusError()] };
  }
  if (options.status === 'read') return status;
  const category = options.category ?? 'service';
  const conversationId = options.conversationId ?? randomBytes(16).toString('hex');
  const pricingModel = options.pricingModel ?? 'PMP';
  return {
    ...status,
    conversation: {
      id: conversationId,
      ...(options.status === 'sent'
        ? { expiration_timestamp: String(timestamp + DAY_SECONDS) }
        : {}),
      origin: { type: category },
    },
    pricing: {
      billable: category !== 'service',
      pricing_model: pricingModel,
      category,
      ...(pricingModel === 'PMP'
        ? {
            type:
              category === 'service' ? ('free_customer_service' as const) : ('regular' as const),
          }
        : {}),
    },
  };
}
