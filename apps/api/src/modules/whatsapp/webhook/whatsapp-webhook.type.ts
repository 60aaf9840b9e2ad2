/**
 * The body Meta posts to a WhatsApp Cloud API webhook (the `messages` field of a WhatsApp
 * Business Account), as `readWebhookPayload` hands it on. Field names are Meta's, so these
 * types can be read side by side with the webhook reference. Meta adds fields over time;
 * anything not listed here is kept on the objects but not typed.
 */
export type WhatsAppWebhookPayload = {
  object: 'whatsapp_business_account';
  entry: WhatsAppWebhookEntry[];
};

export type WhatsAppWebhookEntry = {
  /** WhatsApp Business Account id. */
  id: string;
  changes: WhatsAppWebhookChange[];
};

/** Only `messages` changes reach the CRM; other fields (template status, account updates…) are left out by the reader. */
export type WhatsAppWebhookChange = {
  field: 'messages';
  value: WhatsAppWebhookValue;
};

export type WhatsAppWebhookValue = {
  messaging_product?: 'whatsapp';
  metadata: WhatsAppBusinessMetadata;
  /** Profiles of the senders of `messages` (absent for system messages and statuses). */
  contacts?: WhatsAppContact[];
  messages?: WhatsAppInboundMessage[];
  statuses?: WhatsAppMessageStatus[];
  /** Problems not tied to one message, e.g. a webhook Meta could not deliver in full. */
  errors?: WhatsAppError[];
};

/** The business phone number the change belongs to: how a webhook finds its organization. */
export type WhatsAppBusinessMetadata = {
  display_phone_number: string;
  phone_number_id: string;
};

export type WhatsAppContact = {
  /** The sender's WhatsApp id: digits, usually but not always their phone number. */
  wa_id: string;
  /** Absent when the user's privacy settings hide it. */
  profile?: { name?: string };
  identity_key_hash?: string;
};

export type WhatsAppError = {
  code: number;
  title: string;
  message?: string;
  error_data?: { details?: string };
  href?: string;
};

// ---------------------------------------------------------------------------------------------
// Inbound messages
// ---------------------------------------------------------------------------------------------

/** Fields every inbound message carries, whatever its type. */
export type WhatsAppMessageBase = {
  /** The wamid, unique per message: the key for deduplicating Meta's retries. */
  id: string;
  /** The sender's number as digits (Meta's examples sometimes show a leading "+"). */
  from: string;
  /** Unix seconds, as a string of digits. */
  timestamp: string;
  context?: WhatsAppMessageContext;
  /** Set when the conversation started from a Click to WhatsApp ad. */
  referral?: WhatsAppReferral;
  /** Set on messages the API cannot deliver in full, e.g. unsupported types. */
  errors?: WhatsAppError[];
};

/** A reply to an earlier message, a forward, or a question about a catalog product. */
export type WhatsAppMessageContext = {
  /** Business number of the message replied to. */
  from?: string;
  /** wamid of the message replied to. */
  id?: string;
  /** Forwarded at most 5 times. */
  forwarded?: boolean;
  /** Forwarded more than 5 times. */
  frequently_forwarded?: boolean;
  referred_product?: { catalog_id: string; product_retailer_id: string };
};

export type WhatsAppReferral = {
  source_url?: string;
  source_id?: string;
  source_type?: string;
  headline?: string;
  body?: string;
  media_type?: string;
  image_url?: string;
  video_url?: string;
  thumbnail_url?: string;
  ctwa_clid?: string;
  welcome_message?: { text?: string };
};

/** A media attachment: only its id arrives; the bytes are fetched from the Graph API. */
export type WhatsAppMedia = {
  id: string;
  mime_type?: string;
  sha256?: string;
  /** Direct download URL, being rolled out by Meta since late 2025. */
  url?: string;
};

export type WhatsAppTextMessage = WhatsAppMessageBase & {
  type: 'text';
  text: { body: string };
};

export type WhatsAppImageMessage = WhatsAppMessageBase & {
  type: 'image';
  image: WhatsAppMedia & { caption?: string };
};

export type WhatsAppDocumentMessage = WhatsAppMessageBase & {
  type: 'document';
  document: WhatsAppMedia & { caption?: string; filename?: string };
};

export type WhatsAppAudioMessage = WhatsAppMessageBase & {
  type: 'audio';
  /** `voice` is true for a recording made with WhatsApp's microphone button. */
  audio: WhatsAppMedia & { voice?: boolean };
};

export type WhatsAppVideoMessage = WhatsAppMessageBase & {
  type: 'video';
  video: WhatsAppMedia & { caption?: string };
};

export type WhatsAppStickerMessage = WhatsAppMessageBase & {
  type: 'sticker';
  sticker: WhatsAppMedia & { animated?: boolean };
};

export type WhatsAppLocationMessage = WhatsAppMessageBase & {
  type: 'location';
  location: {
    latitude: number;
    longitude: number;
    name?: string;
    address?: string;
    url?: string;
  };
};

/** A contact card shared by the user; any part may be missing if the user withheld it. */
export type WhatsAppSharedContact = {
  name?: {
    formatted_name?: string;
    first_name?: string;
    last_name?: string;
    middle_name?: string;
    prefix?: string;
    suffix?: string;
  };
  phones?: { phone?: string; wa_id?: string; type?: string }[];
  emails?: { email?: string; type?: string }[];
  addresses?: {
    street?: string;
    city?: string;
    state?: string;
    zip?: string;
    country?: string;
    country_code?: string;
    type?: string;
  }[];
  org?: { company?: string; department?: string; title?: string };
  urls?: { url?: string; type?: string }[];
  birthday?: string;
};

export type WhatsAppContactsMessage = WhatsAppMessageBase & {
  type: 'contacts';
  contacts: WhatsAppSharedContact[];
};

/** The user's answer to an interactive message the business sent. */
export type WhatsAppInteractiveReply =
  | { type: 'button_reply'; button_reply: { id: string; title: string } }
  | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } }
  | {
      type: 'nfm_reply';
      /** A WhatsApp Flow or address form; `response_json` holds the submitted values. */
      nfm_reply: { name?: string; body?: string; response_json: string };
    };

export type WhatsAppInteractiveMessage = WhatsAppMessageBase & {
  type: 'interactive';
  interactive: WhatsAppInteractiveReply;
};

/** A quick-reply button tapped in a template message (not an interactive message). */
export type WhatsAppButtonMessage = WhatsAppMessageBase & {
  type: 'button';
  button: { text: string; payload?: string };
};

export type WhatsAppReactionMessage = WhatsAppMessageBase & {
  type: 'reaction';
  /** `emoji` is omitted (or empty) when the user removes their reaction. */
  reaction: { message_id: string; emoji?: string };
};

export type WhatsAppOrderItem = {
  product_retailer_id: string;
  quantity: number;
  item_price: number;
  currency: string;
};

export type WhatsAppOrderMessage = WhatsAppMessageBase & {
  type: 'order';
  order: { catalog_id: string; text?: string; product_items: WhatsAppOrderItem[] };
};

/** Sent by WhatsApp itself, e.g. when the user changes number (`wa_id` is then the new id). */
export type WhatsAppSystemMessage = WhatsAppMessageBase & {
  type: 'system';
  system: { body: string; type?: string; wa_id?: string; identity?: string; customer?: string };
};

/**
 * A message the Cloud API cannot pass on (an edit, a poll…). Current versions say
 * `unsupported` and name the original type; older ones say `unknown` with only `errors`.
 */
export type WhatsAppUnsupportedMessage = WhatsAppMessageBase & {
  type: 'unsupported' | 'unknown';
  unsupported?: { type: string };
};

/** Every message type the CRM understands. */
export type WhatsAppKnownMessage =
  | WhatsAppTextMessage
  | WhatsAppImageMessage
  | WhatsAppDocumentMessage
  | WhatsAppAudioMessage
  | WhatsAppVideoMessage
  | WhatsAppStickerMessage
  | WhatsAppLocationMessage
  | WhatsAppContactsMessage
  | WhatsAppInteractiveMessage
  | WhatsAppButtonMessage
  | WhatsAppReactionMessage
  | WhatsAppOrderMessage
  | WhatsAppSystemMessage
  | WhatsAppUnsupportedMessage;

export type WhatsAppKnownMessageType = WhatsAppKnownMessage['type'];

/**
 * A message of a type Meta added after this code was written, or whose body is not what its
 * type promises. It is still stored (as "not supported") so nothing the customer sent is lost.
 */
export type WhatsAppUnrecognizedMessage = WhatsAppMessageBase & {
  type: string;
  [field: string]: unknown;
};

/** What the reader guarantees for each item of `messages`; `isKnownMessage` narrows it. */
export type WhatsAppInboundMessage = WhatsAppKnownMessage | WhatsAppUnrecognizedMessage;

// ---------------------------------------------------------------------------------------------
// Statuses of messages the business sent
// ---------------------------------------------------------------------------------------------

/**
 * Documented values; `deleted` and `warning` come from older API versions and are not
 * tracked. Any other string is kept, since Meta may add statuses.
 */
export type WhatsAppStatusValue =
  'sent' | 'delivered' | 'read' | 'failed' | 'deleted' | 'warning' | (string & {});

export type WhatsAppMessageStatus = {
  /** wamid of the message the business sent. */
  id: string;
  status: WhatsAppStatusValue;
  /** Unix seconds, as a string of digits. */
  timestamp: string;
  /** The user (or group) the message went to. */
  recipient_id: string;
  recipient_type?: string;
  biz_opaque_callback_data?: string;
  /** Only with `sent` and one of `delivered`/`read`; omitted from v24 for most messages. */
  conversation?: {
    id: string;
    expiration_timestamp?: string;
    origin?: { type: string };
  };
  pricing?: {
    billable?: boolean;
    pricing_model?: string;
    type?: string;
    category?: string;
  };
  /** Why a `failed` message failed. */
  errors?: WhatsAppError[];
};
