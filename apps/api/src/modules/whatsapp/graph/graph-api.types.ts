import type { WhatsAppTemplateComponent } from '@loved/shared';

/** What every Graph call needs: whose number, which token, and the breaker key. */
export type GraphCredentials = {
  integrationId: string;
  phoneNumberId: string;
  wabaId: string;
  accessToken: string;
};

/** Context shared by every outbound type: the wamid of the message being replied to (quoted). */
type OutboundBase = { replyToWamid?: string };

export type GraphTextMessage = OutboundBase & {
  type: 'text';
  text: string;
  /** Lets WhatsApp render a preview of the first URL in the text. */
  previewUrl?: boolean;
};

export type GraphTemplateMessage = OutboundBase & {
  type: 'template';
  /** `language` is Meta's code, e.g. `pt_BR`. */
  template: { name: string; language: string; components?: WhatsAppTemplateComponent[] };
};

/** Media uploaded first with `uploadMedia`; only these types take a caption, only documents a filename. */
export type GraphMediaMessage = OutboundBase &
  (
    | { type: 'image' | 'video'; mediaId: string; caption?: string }
    | { type: 'document'; mediaId: string; caption?: string; filename?: string }
    | { type: 'audio' | 'sticker'; mediaId: string }
  );

export type GraphOutboundMessage = GraphTextMessage | GraphTemplateMessage | GraphMediaMessage;

export type GraphPhoneNumber = {
  id: string;
  display_phone_number: string;
  verified_name: string | null;
};

export type GraphMediaInfo = {
  /** Short-lived (about 5 minutes); download it with `authorization(creds)` headers. */
  url: string;
  mime_type: string;
  sha256: string | null;
  file_size: number | null;
};

export type GraphSendResult = {
  wamid: string;
  /** The WhatsApp id Meta resolved the recipient to; may differ from `to` (Brazil's ninth digit). */
  waId: string | null;
};

export type GraphMediaUpload = { bytes: Buffer; contentType: string; filename: string };
