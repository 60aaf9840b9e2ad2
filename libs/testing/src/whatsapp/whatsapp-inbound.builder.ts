import { randomBytes, randomInt } from 'node:crypto';
import { newGraphId, newWamid } from '../fake-graph-api/fake-graph-ids';
import type {
  WhatsAppContactCard,
  WhatsAppInboundMedia,
  WhatsAppInboundMessage,
  WhatsAppMessageContext,
} from './whatsapp-webhook.type';

/** Who `context.from` names when a test does not say: the business number that was quoted. */
const QUOTED_SENDER = '15550783881';

export type InboundOptions = {
  /** The customer's `wa_id`; a random Brazilian mobile unless given. */
  from?: string;
  /** The message's wamid; a fresh one unless given. */
  id?: string;
  /** When the customer sent it; now unless given (a Date or Unix seconds). */
  timestamp?: Date | number;
  /** Marks the message a reply to (a quote of) message `id`. */
  context?: { id: string; from?: string; forwarded?: boolean };
};

export type InboundMediaOptions = InboundOptions & {
  /** The media id to fetch with `GET /{media_id}`; register it in the fake with `addMedia`. */
  mediaId?: string;
  mimeType?: string;
  sha256?: string;
};

/** A random Brazilian mobile as WhatsApp writes it: 55, area code, 9 and eight digits. */
export function randomWhatsAppNumber(): string {
  return `55119${String(randomInt(10_000_000, 100_000_000))}`;
}

function unixSeconds(value: Date | number | undefined): string {
  if (value === undefined) return String(Math.floor(Date.now() / 1000));
  return String(value instanceof Date ? Math.floor(value.getTime() / 1000) : Math.floor(value));
}

function base(options: InboundOptions): {
  from: string;
  id: string;
  timestamp: string;
  context?: WhatsAppMessageContext;
} {
  const from = options.from ?? randomWhatsAppNumber();
  const head = {
    from,
    id: options.id ?? newWamid(from),
    timestamp: unixSeconds(options.timestamp),
  };
  if (!options.context) return head;
  const context: WhatsAppMessageContext = {
    from: options.context.from ?? QUOTED_SENDER,
    id: options.context.id,
  };
  if (options.context.forwarded) context.forwarded = true;
  return { ...head, context };
}

function media(options: InboundMediaOptions, defaultMime: string): WhatsAppInboundMedia {
  return {
    mime_type: options.mimeType ?? defaultMime,
    sha256: options.sha256 ?? randomBytes(32).toString('base64'),
    id: options.mediaId ?? newGraphId(),
  };
}

const withCaption = <T extends object>(value: T, caption: string | undefined): T =>
  caption === undefined ? value : { ...value, caption };

/** Inbound messages of every type Meta delivers, shaped as in `value.messages[]`. */
export const whatsAppInbound = {
  text: (body: string, options: InboundOptions = {}): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'text',
    text: { body },
  }),

  image: (options: InboundMediaOptions & { caption?: string } = {}): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'image',
    image: withCaption(media(options, 'image/jpeg'), options.caption),
  }),

  video: (options: InboundMediaOptions & { caption?: string } = {}): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'video',
    video: withCaption(media(options, 'video/mp4'), options.caption),
  }),

  document: (
    options: InboundMediaOptions & { caption?: string; filename?: string } = {},
  ): WhatsAppInboundMessage => {
    const document = withCaption(media(options, 'application/pdf'), options.caption);
    return {
      ...base(options),
      type: 'document',
      document:
        options.filename === undefined ? document : { ...document, filename: options.filename },
    };
  },

  /** A voice note unless `voice: false` (an audio file sent as an attachment). */
  audio: (options: InboundMediaOptions & { voice?: boolean } = {}): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'audio',
    audio: { ...media(options, 'audio/ogg; codecs=opus'), voice: options.voice ?? true },
  }),

  sticker: (
    options: InboundMediaOptions & { animated?: boolean } = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'sticker',
    sticker: { ...media(options, 'image/webp'), animated: options.animated ?? false },
  }),

  location: (
    location: {
      latitude: number;
      longitude: number;
      name?: string;
      address?: string;
      url?: string;
    },
    options: InboundOptions = {},
  ): WhatsAppInboundMessage => ({ ...base(options), type: 'location', location }),

  contacts: (
    cards: WhatsAppContactCard[],
    options: InboundOptions = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'contacts',
    contacts: cards,
  }),

  /** A tap on a reply button of an interactive message. */
  buttonReply: (
    reply: { id: string; title: string },
    options: InboundOptions = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'interactive',
    interactive: { type: 'button_reply', button_reply: reply },
  }),

  /** A row picked from an interactive list. */
  listReply: (
    reply: { id: string; title: string; description?: string },
    options: InboundOptions = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'interactive',
    interactive: { type: 'list_reply', list_reply: reply },
  }),

  /** A quick-reply button of a template; `context.id` is the template message it answers. */
  templateButton: (
    button: { text: string; payload?: string },
    options: InboundOptions & { context: { id: string; from?: string } },
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'button',
    button: { text: button.text, payload: button.payload ?? button.text },
  }),

  /** A reaction to message `messageId`; no emoji means the customer removed their reaction. */
  reaction: (
    reaction: { messageId: string; emoji?: string },
    options: InboundOptions = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: 'reaction',
    reaction:
      reaction.emoji === undefined
        ? { message_id: reaction.messageId }
        : { message_id: reaction.messageId, emoji: reaction.emoji },
  }),

  /** What Meta delivers for a type Cloud API cannot pass on (polls, view-once, …). */
  unsupported: (
    options: InboundOptions & { type?: 'unsupported' | 'unknown' } = {},
  ): WhatsAppInboundMessage => ({
    ...base(options),
    type: options.type ?? 'unsupported',
    errors: [
      {
        code: 131051,
        title: 'Message type unknown',
        message: 'Message type unknown',
        error_data: { details: 'Message type is currently not supported.' },
      },
    ],
  }),
};
