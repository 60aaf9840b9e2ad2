import { type FakeGraphErrorReply, invalidParameter } from './fake-graph-error';

/** A send body that passed the checks Meta makes synchronously. */
export type ValidatedSend =
  | {
      kind: 'message';
      body: Record<string, unknown>;
      to: string;
      type: string;
      template: { name: string; language: string } | null;
    }
  | { kind: 'read'; messageId: string };

export type SendValidation =
  { ok: true; value: ValidatedSend } | { ok: false; error: FakeGraphErrorReply };

type Record_ = Record<string, unknown>;

const MEDIA_TYPES = new Set(['image', 'video', 'audio', 'document', 'sticker']);
/** Types the fake checks only for the presence of their object. */
const LOOSE_TYPES = new Set(['interactive', 'reaction', 'location', 'contacts']);
const CAPTIONED = new Set(['image', 'video', 'document']);
const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

const fail = (message: string, details?: string): SendValidation => ({
  ok: false,
  error: invalidParameter(message, details),
});

function validateText(text: Record_): string | null {
  if (!isNonEmptyString(text.body)) return "The parameter text['body'] is required.";
  if (text.body.length > TEXT_LIMIT) {
    return `Param text['body'] must be at most ${TEXT_LIMIT} characters long.`;
  }
  if (text.preview_url !== undefined && typeof text.preview_url !== 'boolean') {
    return "Param text['preview_url'] must be a boolean.";
  }
  return null;
}

function validateMedia(type: string, media: Record_): string | null {
  const hasId = media.id !== undefined;
  const hasLink = media.link !== undefined;
  if (hasId === hasLink) return `Param ${type} must contain exactly one of 'id' or 'link'.`;
  if (hasId && !isNonEmptyString(media.id)) return `Param ${type}['id'] must be a string.`;
  if (hasLink && !(typeof media.link === 'string' && /^https?:\/\/\S+$/.test(media.link))) {
    return `Param ${type}['link'] must be a valid URL.`;
  }
  if (media.caption !== undefined) {
    if (!CAPTIONED.has(type)) return `Param ${type}['caption'] is not allowed.`;
    if (typeof media.caption !== 'string' || media.caption.length > CAPTION_LIMIT) {
      return `Param ${type}['caption'] must be a string of at most ${CAPTION_LIMIT} characters.`;
    }
  }
  if (media.filename !== undefined && (type !== 'document' || typeof media.filename !== 'string')) {
    return `Param ${type}['filename'] is not allowed.`;
  }
  return null;
}

function validateTemplate(template: Record_): string | null {
  if (!isNonEmptyString(template.name)) return "The parameter template['name'] is required.";
  if (!isRecord(template.language) || !isNonEmptyString(template.language.code)) {
    return "The parameter template['language']['code'] is required.";
  }
  if (template.components !== undefined && !Array.isArray(template.components)) {
    return "Param template['components'] must be an array.";
  }
  return null;
}

function validateContext(context: unknown): string | null {
  if (context === undefined) return null;
  return isRecord(context) && isNonEmptyString(context.message_id)
    ? null
    : "Param context['message_id'] must be a message id.";
}

/** Checks a `POST /{phone_number_id}/messages` body the way Meta does before accepting it. */
export function validateSendBody(body: unknown): SendValidation {
  if (!isRecord(body) || body.messaging_product === undefined) {
    return fail('The parameter messaging_product is required.');
  }
  if (body.messaging_product !== 'whatsapp') {
    return fail(
      `Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`,
    );
  }
  if (body.status !== undefined) {
    if (body.status !== 'read' || !isNonEmptyString(body.message_id)) {
      return fail(
        'Invalid parameter',
        "Parameter 'message_id' is required to mark a message read.",
      );
    }
    return { ok: true, value: { kind: 'read', messageId: body.message_id } };
  }
  if (body.recipient_type !== undefined && body.recipient_type !== 'individual') {
    return fail(
      `Param recipient_type must be one of {INDIVIDUAL} - got "${String(body.recipient_type)}".`,
    );
  }
  if (!isNonEmptyString(body.to)) return fail('The parameter to is required.');
  const digits = body.to.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(body.to) || digits.length < 5 || digits.length > 15) {
    return fail('Invalid parameter', `Parameter 'to' is not a valid phone number: ${body.to}`);
  }
  const type = body.type ?? 'text';
  if (
    typeof type !== 'string' ||
    !(type === 'text' || type === 'template' || MEDIA_TYPES.has(type) || LOOSE_TYPES.has(type))
  ) {
    return fail(`Param type must be a supported message type - got "${String(type)}".`);
  }
  const payload = body[type];
  if (!isRecord(payload)) return fail(`The parameter ${type} is required.`);
  const problem =
    type === 'text'
      ? validateText(payload)
      : type === 'template'
        ? validateTemplate(payload)
        : MEDIA_TYPES.has(type)
          ? validateMedia(type, payload)
          : null;
  const contextProblem = validateContext(body.context);
  if (problem ?? contextProblem) return fail(problem ?? contextProblem ?? 'Invalid parameter');
  const template =
    type === 'template' && isRecord(payload.language)
      ? { name: String(payload.name), language: String(payload.language.code) }
      : null;
  return { ok: true, value: { kind: 'message', body, to: body.to, type, template } };
}
