import { isKnownMessage } from './known-message.util';
import { mediaFilename, type WhatsAppMediaKind } from './media-filename.util';
import type {
  WhatsAppContactsMessage,
  WhatsAppError,
  WhatsAppInboundMessage,
  WhatsAppInteractiveReply,
  WhatsAppKnownMessage,
  WhatsAppLocationMessage,
  WhatsAppMedia,
  WhatsAppOrderItem,
  WhatsAppOrderMessage,
  WhatsAppSharedContact,
} from './whatsapp-webhook.type';

/** An attachment to download from the Graph API and store under `filename`. */
export type InboundMedia = {
  id: string;
  kind: WhatsAppMediaKind;
  mimeType: string | null;
  filename: string;
  sha256: string | null;
};

/** The part of a message's stored metadata that depends on its type. */
export type InboundTypeMetadata = {
  media_id?: string;
  mime_type?: string | null;
  filename?: string;
  caption?: string;
  voice?: boolean;
  animated?: boolean;
  location?: {
    latitude: number;
    longitude: number;
    name: string | null;
    address: string | null;
    url: string | null;
  };
  contacts?: { name: string; phones: string[]; emails: string[] }[];
  interactive?: {
    type: WhatsAppInteractiveReply['type'];
    id: string | null;
    title: string | null;
    description: string | null;
    /** A flow's submitted values (`nfm_reply.response_json`), parsed when it is JSON. */
    response?: unknown;
  };
  button?: { text: string; payload: string | null };
  reaction?: { message_id: string; emoji: string | null };
  order?: { catalog_id: string; text: string | null; items: WhatsAppOrderItem[] };
  system?: { type: string | null; body: string; wa_id: string | null };
  unsupported?: { type: string; errors: InboundMessageError[] };
};

export type InboundMessageError = {
  code: number;
  title: string;
  message: string | null;
  details: string | null;
};

/** What a message says, by type: its timeline text, metadata, attachment and reaction target. */
export type InboundMessageDetails = {
  /** Readable pt-BR text shown in the timeline and searched. */
  content: string;
  metadata: InboundTypeMetadata;
  media: InboundMedia | null;
  /** wamid a reaction refers to. */
  reactionTo: string | null;
};

/** Trimmed text, or null when there is none: a blank caption is no caption. */
function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function withSuffix(label: string, suffix: string | null): string {
  return suffix === null ? label : `${label} — ${suffix}`;
}

const plain = (content: string, metadata: InboundTypeMetadata = {}): InboundMessageDetails => ({
  content,
  metadata,
  media: null,
  reactionTo: null,
});

function attachment(
  kind: WhatsAppMediaKind,
  media: WhatsAppMedia & { caption?: string; filename?: string },
  content: (filename: string, caption: string | null) => string,
  extra: InboundTypeMetadata = {},
): InboundMessageDetails {
  const mimeType = media.mime_type ?? null;
  const filename = mediaFilename(kind, mimeType, media.filename ?? null);
  const caption = textOrNull(media.caption);
  return {
    content: content(filename, caption),
    metadata: {
      media_id: media.id,
      mime_type: mimeType,
      filename,
      ...(caption === null ? {} : { caption }),
      ...extra,
    },
    media: { id: media.id, kind, mimeType, filename, sha256: media.sha256 ?? null },
    reactionTo: null,
  };
}

function describeLocation({ location }: WhatsAppLocationMessage): InboundMessageDetails {
  const name = textOrNull(location.name);
  const address = textOrNull(location.address);
  const place = [name, address].filter((part) => part !== null).join(', ');
  const where = place || `${location.latitude}, ${location.longitude}`;
  return plain(`[Localização: ${where}]`, {
    location: {
      latitude: location.latitude,
      longitude: location.longitude,
      name,
      address,
      url: textOrNull(location.url),
    },
  });
}

function contactName(contact: WhatsAppSharedContact): string {
  const name = contact.name;
  const parts = [name?.first_name, name?.last_name].map(textOrNull).filter((part) => part !== null);
  return textOrNull(name?.formatted_name) ?? (parts.join(' ') || 'Sem nome');
}

function describeContacts({ contacts }: WhatsAppContactsMessage): InboundMessageDetails {
  const cards = contacts.map((contact) => ({
    name: contactName(contact),
    phones: (contact.phones ?? []).flatMap(
      ({ phone, wa_id: waId }) =>
        textOrNull(phone ?? (waId === undefined ? undefined : `+${waId}`)) ?? [],
    ),
    emails: (contact.emails ?? []).flatMap(({ email }) => textOrNull(email) ?? []),
  }));
  const content = cards
    .map(({ name, phones }) => `[Contato: ${phones[0] ? `${name} (${phones[0]})` : name}]`)
    .join(' ');
  return plain(content || '[Contato]', { contacts: cards });
}

const FLOW_REPLY_CONTENT = new Map([
  ['flow', '[Formulário respondido]'],
  ['address_message', '[Endereço enviado]'],
]);

/** The flow's answers as data when `response_json` is JSON (it always should be), else as sent. */
function parseFlowResponse(responseJson: string): unknown {
  try {
    return JSON.parse(responseJson);
  } catch {
    return responseJson;
  }
}

function describeInteractive(reply: WhatsAppInteractiveReply): InboundMessageDetails {
  switch (reply.type) {
    case 'button_reply': {
      const { id, title } = reply.button_reply;
      return plain(title, { interactive: { type: reply.type, id, title, description: null } });
    }
    case 'list_reply': {
      const { id, title } = reply.list_reply;
      const description = textOrNull(reply.list_reply.description);
      return plain(withSuffix(title, description), {
        interactive: { type: reply.type, id, title, description },
      });
    }
    case 'nfm_reply': {
      const { name, response_json: responseJson } = reply.nfm_reply;
      const content = FLOW_REPLY_CONTENT.get(name ?? '') ?? '[Resposta de formulário]';
      return plain(content, {
        interactive: {
          type: reply.type,
          id: null,
          title: name ?? null,
          description: null,
          response: parseFlowResponse(responseJson),
        },
      });
    }
  }
}

function describeOrder({ order }: WhatsAppOrderMessage): InboundMessageDetails {
  const count = order.product_items.reduce((sum, item) => sum + item.quantity, 0);
  const text = textOrNull(order.text);
  return plain(withSuffix(`[Pedido com ${count} ${count === 1 ? 'item' : 'itens'}]`, text), {
    order: { catalog_id: order.catalog_id, text, items: order.product_items },
  });
}

function toInboundError(error: WhatsAppError): InboundMessageError {
  return {
    code: error.code,
    title: error.title,
    message: error.message ?? null,
    details: error.error_data?.details ?? null,
  };
}

/** Generic placeholders Meta uses when it cannot tell what the user sent. */
const NAMELESS_TYPES = new Set(['unknown', 'unsupported']);

/**
 * A message the CRM cannot show, stored anyway so the agent knows something arrived and can
 * ask the customer to resend it another way.
 */
function describeUnsupported(
  type: string,
  errors: WhatsAppError[] | undefined,
): InboundMessageDetails {
  const content = NAMELESS_TYPES.has(type)
    ? '[Mensagem não suportada]'
    : `[Mensagem do tipo "${type}" não suportada]`;
  return plain(content, {
    unsupported: { type, errors: (errors ?? []).map(toInboundError) },
  });
}

function describeKnown(message: WhatsAppKnownMessage): InboundMessageDetails {
  switch (message.type) {
    case 'text':
      return plain(message.text.body);
    case 'image':
      return attachment('image', message.image, (_name, caption) => caption ?? '[Imagem]');
    case 'document':
      return attachment('document', message.document, (name, caption) =>
        withSuffix(`[Documento: ${name}]`, caption),
      );
    case 'audio': {
      const voice = message.audio.voice ?? false;
      return attachment('audio', message.audio, () => (voice ? '[Mensagem de voz]' : '[Áudio]'), {
        voice,
      });
    }
    case 'video':
      return attachment('video', message.video, (_name, caption) => caption ?? '[Vídeo]');
    case 'sticker':
      return attachment('sticker', message.sticker, () => '[Figurinha]', {
        animated: message.sticker.animated ?? false,
      });
    case 'location':
      return describeLocation(message);
    case 'contacts':
      return describeContacts(message);
    case 'interactive':
      return describeInteractive(message.interactive);
    case 'button':
      return plain(message.button.text, {
        button: { text: message.button.text, payload: message.button.payload ?? null },
      });
    case 'reaction': {
      const emoji = textOrNull(message.reaction.emoji);
      return {
        content: emoji === null ? 'Removeu a reação' : `Reagiu com ${emoji}`,
        metadata: { reaction: { message_id: message.reaction.message_id, emoji } },
        media: null,
        reactionTo: message.reaction.message_id,
      };
    }
    case 'order':
      return describeOrder(message);
    case 'system':
      return plain(message.system.body, {
        system: {
          type: message.system.type ?? null,
          body: message.system.body,
          wa_id: message.system.wa_id ?? null,
        },
      });
    case 'unsupported':
    case 'unknown':
      return describeUnsupported(message.unsupported?.type ?? message.type, message.errors);
  }
}

/** Timeline text and type-specific data of any message; never throws, whatever the type. */
export function describeInboundMessage(message: WhatsAppInboundMessage): InboundMessageDetails {
  if (isKnownMessage(message)) return describeKnown(message);
  return describeUnsupported(message.type, message.errors);
}
