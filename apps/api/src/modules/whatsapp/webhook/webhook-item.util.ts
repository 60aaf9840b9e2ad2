import {
  isFiniteNumber,
  isOptionalBoolean,
  isOptionalString,
  isRecord,
  isRecordOfOptionalStrings,
  isString,
} from './json-shape.util';
import type {
  WhatsAppContact,
  WhatsAppError,
  WhatsAppInboundMessage,
  WhatsAppMessageContext,
  WhatsAppMessageStatus,
  WhatsAppReferral,
} from './whatsapp-webhook.type';

/*
 * Readers for the items of a `messages` change. Each returns null when the item lacks what
 * every item of its kind has; an optional part in an unexpected shape is dropped instead,
 * so a cosmetic oddity never costs the message itself.
 */

const DIGITS = /^\d+$/;

/** Meta sends unix seconds as a string of digits; a plain number is accepted as well. */
function readTimestamp(value: unknown): string | null {
  if (isString(value) && DIGITS.test(value)) return value;
  if (isFiniteNumber(value) && Number.isInteger(value) && value >= 0) return String(value);
  return null;
}

function isWhatsAppError(value: unknown): value is WhatsAppError {
  return (
    isRecord(value) &&
    isFiniteNumber(value.code) &&
    isString(value.title) &&
    isOptionalString(value.message) &&
    isOptionalString(value.href) &&
    (value.error_data === undefined || isRecordOfOptionalStrings(value.error_data, ['details']))
  );
}

export function readWhatsAppError(raw: unknown): WhatsAppError | null {
  return isWhatsAppError(raw) ? raw : null;
}

/** The readable errors of a list, or null when it is not a list. */
function readErrors(raw: unknown): WhatsAppError[] | null {
  return Array.isArray(raw) ? raw.filter(isWhatsAppError) : null;
}

function isProfile(value: unknown): value is NonNullable<WhatsAppContact['profile']> {
  return isRecordOfOptionalStrings(value, ['name']);
}

export function readContact(raw: unknown): WhatsAppContact | null {
  if (!isRecord(raw) || !isString(raw.wa_id)) return null;
  const { profile, ...rest } = raw;
  return { ...rest, wa_id: raw.wa_id, ...(isProfile(profile) ? { profile } : {}) };
}

function isContext(value: unknown): value is WhatsAppMessageContext {
  if (!isRecordOfOptionalStrings(value, ['from', 'id']) || !isRecord(value)) return false;
  const product = value.referred_product;
  return (
    isOptionalBoolean(value.forwarded) &&
    isOptionalBoolean(value.frequently_forwarded) &&
    (product === undefined ||
      (isRecord(product) && isString(product.catalog_id) && isString(product.product_retailer_id)))
  );
}

const REFERRAL_STRINGS = [
  'source_url',
  'source_id',
  'source_type',
  'headline',
  'body',
  'media_type',
  'image_url',
  'video_url',
  'thumbnail_url',
  'ctwa_clid',
];

function isReferral(value: unknown): value is WhatsAppReferral {
  if (!isRecordOfOptionalStrings(value, REFERRAL_STRINGS) || !isRecord(value)) return false;
  const welcome = value.welcome_message;
  return welcome === undefined || isRecordOfOptionalStrings(welcome, ['text']);
}

/**
 * Any message with an id, a sender, a timestamp and a type, whatever the type: unknown
 * types are kept so they can be stored as "not supported" rather than lost.
 */
export function readInboundMessage(raw: unknown): WhatsAppInboundMessage | null {
  if (!isRecord(raw)) return null;
  const { id, from, type, context, referral, errors, ...rest } = raw;
  const timestamp = readTimestamp(raw.timestamp);
  if (!isString(id) || !isString(from) || !isString(type) || timestamp === null) return null;
  const readableErrors = readErrors(errors);
  return {
    ...rest,
    id,
    from,
    type,
    timestamp,
    ...(isContext(context) ? { context } : {}),
    ...(isReferral(referral) ? { referral } : {}),
    ...(readableErrors ? { errors: readableErrors } : {}),
  };
}

type StatusConversation = NonNullable<WhatsAppMessageStatus['conversation']>;
type StatusPricing = NonNullable<WhatsAppMessageStatus['pricing']>;

function isConversation(value: unknown): value is StatusConversation {
  if (!isRecord(value) || !isString(value.id)) return false;
  const origin = value.origin;
  return (
    isOptionalString(value.expiration_timestamp) &&
    (origin === undefined || (isRecord(origin) && isString(origin.type)))
  );
}

function isPricing(value: unknown): value is StatusPricing {
  return (
    isRecordOfOptionalStrings(value, ['pricing_model', 'type', 'category']) &&
    isRecord(value) &&
    isOptionalBoolean(value.billable)
  );
}

export function readMessageStatus(raw: unknown): WhatsAppMessageStatus | null {
  if (!isRecord(raw)) return null;
  const { id, status, recipient_id: recipientId, conversation, pricing, errors, ...rest } = raw;
  const timestamp = readTimestamp(raw.timestamp);
  if (!isString(id) || !isString(status) || !isString(recipientId) || timestamp === null) {
    return null;
  }
  const readableErrors = readErrors(errors);
  return {
    ...rest,
    id,
    status,
    timestamp,
    recipient_id: recipientId,
    ...(isConversation(conversation) ? { conversation } : {}),
    ...(isPricing(pricing) ? { pricing } : {}),
    ...(readableErrors ? { errors: readableErrors } : {}),
  };
}
