import type {
  WhatsAppBusinessNumber,
  WhatsAppInboundMessage,
  WhatsAppMessageStatus,
  WhatsAppWebhookContact,
  WhatsAppWebhookEntry,
  WhatsAppWebhookPayload,
  WhatsAppWebhookValue,
} from './whatsapp-webhook.type';

export type WhatsAppMessagesWebhookOptions = {
  /** The profile name of each sender; one name for all, or by wa_id. */
  profileName?: string | Record<string, string>;
  /** Replaces the contacts derived from the messages' senders. */
  contacts?: WhatsAppWebhookContact[];
};

const DEFAULT_PROFILE_NAME = 'Maria Oliveira';

function metadata(number: WhatsAppBusinessNumber): WhatsAppWebhookValue['metadata'] {
  return {
    display_phone_number: number.displayPhoneNumber,
    phone_number_id: number.phoneNumberId,
  };
}

function contactsOf(
  messages: WhatsAppInboundMessage[],
  profileName: WhatsAppMessagesWebhookOptions['profileName'],
): WhatsAppWebhookContact[] {
  const senders = [...new Set(messages.map((m) => m.from))];
  return senders.map((waId) => ({
    profile: {
      name:
        typeof profileName === 'string'
          ? profileName
          : (profileName?.[waId] ?? DEFAULT_PROFILE_NAME),
    },
    wa_id: waId,
  }));
}

/** Inbound messages to one business number, in one change, as Meta delivers them. */
export function whatsAppMessagesWebhook(
  number: WhatsAppBusinessNumber,
  messages: WhatsAppInboundMessage[],
  options: WhatsAppMessagesWebhookOptions = {},
): WhatsAppWebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: number.wabaId,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: metadata(number),
              contacts: options.contacts ?? contactsOf(messages, options.profileName),
              messages,
            },
          },
        ],
      },
    ],
  };
}

/** Status updates (sent, delivered, read, failed) of messages the business number sent. */
export function whatsAppStatusesWebhook(
  number: WhatsAppBusinessNumber,
  statuses: WhatsAppMessageStatus[],
): WhatsAppWebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: number.wabaId,
        changes: [
          {
            field: 'messages',
            value: { messaging_product: 'whatsapp', metadata: metadata(number), statuses },
          },
        ],
      },
    ],
  };
}

/**
 * One delivery carrying several payloads, as Meta batches them: entries of the same WABA
 * become one entry whose changes keep their order; other WABAs get their own entries.
 */
export function combineWhatsAppWebhooks(
  ...payloads: WhatsAppWebhookPayload[]
): WhatsAppWebhookPayload {
  const entries = new Map<string, WhatsAppWebhookEntry>();
  for (const entry of payloads.flatMap((p) => p.entry)) {
    const existing = entries.get(entry.id);
    if (existing) existing.changes.push(...entry.changes);
    else entries.set(entry.id, { id: entry.id, changes: [...entry.changes] });
  }
  return { object: 'whatsapp_business_account', entry: [...entries.values()] };
}
