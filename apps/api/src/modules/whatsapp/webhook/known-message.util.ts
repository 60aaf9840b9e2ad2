import {
  isArrayOf,
  isFiniteNumber,
  isOptionalArrayOf,
  isOptionalBoolean,
  isOptionalString,
  isRecord,
  isRecordOfOptionalStrings,
  isString,
  type JsonRecord,
} from './json-shape.util';
import type {
  WhatsAppInboundMessage,
  WhatsAppKnownMessage,
  WhatsAppKnownMessageType,
} from './whatsapp-webhook.type';

type BodyCheck = (message: JsonRecord) => boolean;

const MEDIA_STRINGS = ['mime_type', 'sha256', 'url'] as const;

function isMedia(value: unknown, extraStrings: readonly string[] = []): value is JsonRecord {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isRecordOfOptionalStrings(value, [...MEDIA_STRINGS, ...extraStrings])
  );
}

/** A guard for a record whose listed keys are each absent or a string. */
const recordOfOptionalStrings =
  (keys: readonly string[]) =>
  (value: unknown): value is JsonRecord =>
    isRecordOfOptionalStrings(value, keys);

const isContactPhone = recordOfOptionalStrings(['phone', 'wa_id', 'type']);
const isContactEmail = recordOfOptionalStrings(['email', 'type']);
const isContactUrl = recordOfOptionalStrings(['url', 'type']);
const isContactAddress = recordOfOptionalStrings([
  'street',
  'city',
  'state',
  'zip',
  'country',
  'country_code',
  'type',
]);
const NAME_PARTS = ['formatted_name', 'first_name', 'last_name', 'middle_name', 'prefix', 'suffix'];
const ORG_PARTS = ['company', 'department', 'title'];

function isSharedContact(value: unknown): value is JsonRecord {
  return (
    isRecord(value) &&
    (value.name === undefined || isRecordOfOptionalStrings(value.name, NAME_PARTS)) &&
    (value.org === undefined || isRecordOfOptionalStrings(value.org, ORG_PARTS)) &&
    isOptionalArrayOf(value.phones, isContactPhone) &&
    isOptionalArrayOf(value.emails, isContactEmail) &&
    isOptionalArrayOf(value.addresses, isContactAddress) &&
    isOptionalArrayOf(value.urls, isContactUrl) &&
    isOptionalString(value.birthday)
  );
}

function isInteractiveReply(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { button_reply: button, list_reply: list, nfm_reply: nfm } = value;
  switch (value.type) {
    case 'button_reply':
      return isRecord(button) && isString(button.id) && isString(button.title);
    case 'list_reply':
      return (
        isRecord(list) &&
        isString(list.id) &&
        isString(list.title) &&
        isOptionalString(list.description)
      );
    case 'nfm_reply':
      return (
        isRecord(nfm) &&
        isString(nfm.response_json) &&
        isRecordOfOptionalStrings(nfm, ['name', 'body'])
      );
    default:
      // A reply kind added by Meta later: the message is kept as unrecognized instead.
      return false;
  }
}

function isOrderItem(value: unknown): value is JsonRecord {
  return (
    isRecord(value) &&
    isString(value.product_retailer_id) &&
    isFiniteNumber(value.quantity) &&
    isFiniteNumber(value.item_price) &&
    isString(value.currency)
  );
}

/** What each known type promises about its body, checked so the narrowed type is true. */
const BODY_CHECKS: Record<WhatsAppKnownMessageType, BodyCheck> = {
  text: ({ text }) => isRecord(text) && isString(text.body),
  image: ({ image }) => isMedia(image, ['caption']),
  document: ({ document }) => isMedia(document, ['caption', 'filename']),
  audio: ({ audio }) => isMedia(audio) && isOptionalBoolean(audio.voice),
  video: ({ video }) => isMedia(video, ['caption']),
  sticker: ({ sticker }) => isMedia(sticker) && isOptionalBoolean(sticker.animated),
  location: ({ location }) =>
    isRecord(location) &&
    isFiniteNumber(location.latitude) &&
    isFiniteNumber(location.longitude) &&
    isRecordOfOptionalStrings(location, ['name', 'address', 'url']),
  contacts: ({ contacts }) => isArrayOf(contacts, isSharedContact),
  interactive: ({ interactive }) => isInteractiveReply(interactive),
  button: ({ button }) =>
    isRecord(button) && isString(button.text) && isOptionalString(button.payload),
  reaction: ({ reaction }) =>
    isRecord(reaction) && isString(reaction.message_id) && isOptionalString(reaction.emoji),
  order: ({ order }) =>
    isRecord(order) &&
    isString(order.catalog_id) &&
    isOptionalString(order.text) &&
    isArrayOf(order.product_items, isOrderItem),
  system: ({ system }) =>
    isRecord(system) &&
    isString(system.body) &&
    isRecordOfOptionalStrings(system, ['type', 'wa_id', 'identity', 'customer']),
  unsupported: ({ unsupported }) =>
    unsupported === undefined || (isRecord(unsupported) && isString(unsupported.type)),
  unknown: ({ unsupported }) =>
    unsupported === undefined || (isRecord(unsupported) && isString(unsupported.type)),
};

function isKnownType(type: string): type is WhatsAppKnownMessageType {
  return Object.hasOwn(BODY_CHECKS, type);
}

/**
 * Whether the message is of a type the CRM understands and its body has that type's shape.
 * Checking the body too (not only `type`) keeps the narrowed type honest for any caller.
 */
export function isKnownMessage(message: WhatsAppInboundMessage): message is WhatsAppKnownMessage {
  const fields: JsonRecord = message;
  return isKnownType(message.type) && BODY_CHECKS[message.type](fields);
}
