/** Meta's WhatsApp webhook payloads (field `messages`), as delivered to the app's callback URL. */

export type WhatsAppWebhookError = {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
  href?: string;
};

/** `context` of a reply (`id` is the quoted message) or of a template quick-reply button. */
export type WhatsAppMessageContext = { from: string; id: string; forwarded?: boolean };

type InboundBase = {
  from: string;
  id: string;
  /** Unix seconds, as a string. */
  timestamp: string;
  context?: WhatsAppMessageContext;
};

export type WhatsAppInboundMedia = {
  id: string;
  mime_type: string;
  sha256: string;
  caption?: string;
};

export type WhatsAppContactCard = {
  name: { formatted_name: string; first_name?: string; last_name?: string };
  phones?: Array<{ phone: string; wa_id?: string; type?: string }>;
  emails?: Array<{ email: string; type?: string }>;
};

export type WhatsAppInboundMessage =
  | (InboundBase & { type: 'text'; text: { body: string } })
  | (InboundBase & { type: 'image'; image: WhatsAppInboundMedia })
  | (InboundBase & { type: 'video'; video: WhatsAppInboundMedia })
  | (InboundBase & { type: 'document'; document: WhatsAppInboundMedia & { filename?: string } })
  | (InboundBase & {
      type: 'audio';
      audio: Omit<WhatsAppInboundMedia, 'caption'> & { voice: boolean };
    })
  | (InboundBase & {
      type: 'sticker';
      sticker: Omit<WhatsAppInboundMedia, 'caption'> & { animated: boolean };
    })
  | (InboundBase & {
      type: 'location';
      location: {
        latitude: number;
        longitude: number;
        name?: string;
        address?: string;
        url?: string;
      };
    })
  | (InboundBase & { type: 'contacts'; contacts: WhatsAppContactCard[] })
  | (InboundBase & {
      type: 'interactive';
      interactive:
        | { type: 'button_reply'; button_reply: { id: string; title: string } }
        | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } };
    })
  | (InboundBase & { type: 'button'; button: { text: string; payload: string } })
  | (InboundBase & { type: 'reaction'; reaction: { message_id: string; emoji?: string } })
  | (InboundBase & { type: 'unsupported' | 'unknown'; errors: WhatsAppWebhookError[] });

export type WhatsAppMessageStatusValue = 'sent' | 'delivered' | 'read' | 'failed';

export type WhatsAppPricingCategory = 'service' | 'marketing' | 'utility' | 'authentication';

export type WhatsAppMessageStatus = {
  id: string;
  status: WhatsAppMessageStatusValue;
  timestamp: string;
  recipient_id: string;
  conversation?: {
    id: string;
    expiration_timestamp?: string;
    origin: { type: WhatsAppPricingCategory };
  };
  pricing?: {
    billable: boolean;
    pricing_model: 'CBP' | 'PMP';
    category: WhatsAppPricingCategory;
    type?: 'regular' | 'free_customer_service' | 'free_entry_point';
  };
  errors?: WhatsAppWebhookError[];
};

export type WhatsAppWebhookContact = { profile: { name: string }; wa_id: string };

export type WhatsAppWebhookValue = {
  messaging_product: 'whatsapp';
  metadata: { display_phone_number: string; phone_number_id: string };
  contacts?: WhatsAppWebhookContact[];
  messages?: WhatsAppInboundMessage[];
  statuses?: WhatsAppMessageStatus[];
  errors?: WhatsAppWebhookError[];
};

export type WhatsAppWebhookChange = { field: 'messages'; value: WhatsAppWebhookValue };

export type WhatsAppWebhookEntry = { id: string; changes: WhatsAppWebhookChange[] };

export type WhatsAppWebhookPayload = {
  object: 'whatsapp_business_account';
  entry: WhatsAppWebhookEntry[];
};

/** The business number a webhook is about: its WABA (the entry id) and metadata. */
export type WhatsAppBusinessNumber = {
  wabaId: string;
  phoneNumberId: string;
  /** Digits only, as Meta puts it in `metadata.display_phone_number`. */
  displayPhoneNumber: string;
};
