import {
  describeInboundMessage,
  type InboundMedia,
  type InboundTypeMetadata,
} from './inbound-message-content.util';
import type {
  WhatsAppBusinessMetadata,
  WhatsAppContact,
  WhatsAppInboundMessage,
  WhatsAppMessageContext,
  WhatsAppReferral,
} from './whatsapp-webhook.type';

/**
 * What the CRM stores of a message, the seed's WHATSAPP_METADATA plus the fields its type
 * adds. Assignable to the communication's `metadata` JSON.
 */
export type InboundMessageMetadata = InboundTypeMetadata & {
  /** "+" and the sender's digits. */
  phone_number: string;
  contact_name: string | null;
  message_type: string;
  wa_id: string;
  /** Unix seconds. */
  timestamp: number;
  business_phone_number_id: string;
  business_display_phone_number: string;
  /** Present when the message replies to, forwards or asks about something. */
  context?: {
    message_id: string | null;
    from: string | null;
    forwarded: boolean;
    frequently_forwarded: boolean;
    referred_product?: { catalog_id: string; product_retailer_id: string };
  };
  /** Present when the conversation started from a Click to WhatsApp ad. */
  referral?: WhatsAppReferral;
};

export type ParsedInboundMessage = {
  wamid: string;
  /** The sender's digits. */
  waId: string;
  sentAt: Date;
  type: string;
  /** Readable pt-BR text shown in the timeline and searched. */
  content: string;
  /** The sender's WhatsApp profile name, when they share it. */
  contactName: string | null;
  metadata: InboundMessageMetadata;
  media: InboundMedia | null;
  /** wamid the reaction refers to; null for anything but reactions. */
  reactionTo: string | null;
};

const digitsOf = (value: string): string => value.replace(/\D/g, '');

/**
 * The sender's profile. Ids are compared as digits; when none matches, a change listing a
 * single contact is taken to be from that contact, since Meta may write the same Brazilian
 * mobile with and without its ninth digit.
 */
function senderOf(
  waId: string,
  contacts: readonly WhatsAppContact[] | undefined,
): WhatsAppContact | null {
  const list = contacts ?? [];
  return (
    list.find((contact) => digitsOf(contact.wa_id) === waId) ??
    (list.length === 1 ? (list[0] ?? null) : null)
  );
}

function contextMetadata(context: WhatsAppMessageContext): InboundMessageMetadata['context'] {
  return {
    message_id: context.id ?? null,
    from: context.from ?? null,
    forwarded: (context.forwarded ?? false) || (context.frequently_forwarded ?? false),
    frequently_forwarded: context.frequently_forwarded ?? false,
    ...(context.referred_product ? { referred_product: context.referred_product } : {}),
  };
}

/**
 * Turns one inbound message of a webhook into what the CRM stores, for any message type:
 * a type it does not know becomes a "not supported" line, never an error or a gap.
 * `contacts` and `metadata` are the message's siblings in the same change value.
 */
export function parseInboundMessage(
  message: WhatsAppInboundMessage,
  contacts: readonly WhatsAppContact[] | undefined,
  metadata: WhatsAppBusinessMetadata,
): ParsedInboundMessage {
  const waId = digitsOf(message.from);
  const profileName = senderOf(waId, contacts)?.profile?.name?.trim();
  const contactName = profileName ? profileName : null;
  const timestamp = Number(message.timestamp);
  const details = describeInboundMessage(message);
  return {
    wamid: message.id,
    waId,
    sentAt: new Date(timestamp * 1000),
    type: message.type,
    content: details.content,
    contactName,
    metadata: {
      phone_number: `+${waId}`,
      contact_name: contactName,
      message_type: message.type,
      wa_id: waId,
      timestamp,
      business_phone_number_id: metadata.phone_number_id,
      business_display_phone_number: metadata.display_phone_number,
      ...details.metadata,
      ...(message.context ? { context: contextMetadata(message.context) } : {}),
      ...(message.referral ? { referral: message.referral } : {}),
    },
    media: details.media,
    reactionTo: details.reactionTo,
  };
}
