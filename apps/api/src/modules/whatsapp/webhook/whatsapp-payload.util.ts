import { isRecord, isString } from './json-shape.util';
import {
  readContact,
  readInboundMessage,
  readMessageStatus,
  readWhatsAppError,
} from './webhook-item.util';
import type {
  WhatsAppWebhookChange,
  WhatsAppWebhookEntry,
  WhatsAppWebhookPayload,
  WhatsAppWebhookValue,
} from './whatsapp-webhook.type';

const BUSINESS_ACCOUNT_OBJECT = 'whatsapp_business_account';
const MESSAGES_FIELD = 'messages';

/**
 * The webhook body as a typed payload, or null when it is not a WhatsApp Business Account
 * webhook (wrong `object`, no `entry`, an entry or `messages` change without the shape every
 * one has). Unknown extra fields are kept.
 *
 * Changes of other fields (template status, account updates…) are left out: they carry no
 * phone number and nothing the timeline stores. Inside a `messages` change, a message,
 * status or contact without the fields every one of them has (id, sender, timestamp…) is
 * left out too, so one broken item does not cost the batch's other updates; it could be
 * neither stored nor deduplicated anyway.
 */
export function readWebhookPayload(json: unknown): WhatsAppWebhookPayload | null {
  if (!isRecord(json) || json.object !== BUSINESS_ACCOUNT_OBJECT) return null;
  if (!Array.isArray(json.entry)) return null;
  const entries: WhatsAppWebhookEntry[] = [];
  for (const raw of json.entry) {
    const entry = readEntry(raw);
    if (!entry) return null;
    entries.push(entry);
  }
  return { ...json, object: BUSINESS_ACCOUNT_OBJECT, entry: entries };
}

/** The distinct business phone number ids the payload has changes for, in order of appearance. */
export function phoneNumberIdsOf(payload: WhatsAppWebhookPayload): string[] {
  const ids = new Set<string>();
  for (const entry of payload.entry) {
    for (const change of entry.changes) ids.add(change.value.metadata.phone_number_id);
  }
  return [...ids];
}

/**
 * One payload per business phone number, holding only that number's changes, so each can be
 * handled in the organization that owns the number. Entries keep their order; an entry
 * appears in a number's payload only if it has changes for that number.
 */
export function splitByPhoneNumberId(
  payload: WhatsAppWebhookPayload,
): Map<string, WhatsAppWebhookPayload> {
  const split = new Map<string, WhatsAppWebhookPayload>();
  for (const entry of payload.entry) {
    const changesById = new Map<string, WhatsAppWebhookChange[]>();
    for (const change of entry.changes) {
      const id = change.value.metadata.phone_number_id;
      changesById.set(id, [...(changesById.get(id) ?? []), change]);
    }
    for (const [id, changes] of changesById) {
      const part = split.get(id) ?? { ...payload, entry: [] };
      part.entry.push({ ...entry, changes });
      split.set(id, part);
    }
  }
  return split;
}

/** Messages plus statuses: the number of things the webhook asks the CRM to record. */
export function countUpdates(payload: WhatsAppWebhookPayload): number {
  let count = 0;
  for (const entry of payload.entry) {
    for (const { value } of entry.changes) {
      count += (value.messages?.length ?? 0) + (value.statuses?.length ?? 0);
    }
  }
  return count;
}

function readEntry(raw: unknown): WhatsAppWebhookEntry | null {
  if (!isRecord(raw) || !isString(raw.id) || !Array.isArray(raw.changes)) return null;
  const changes: WhatsAppWebhookChange[] = [];
  for (const change of raw.changes) {
    if (!isRecord(change) || !isString(change.field)) return null;
    if (change.field !== MESSAGES_FIELD) continue;
    const value = readValue(change.value);
    if (!value) return null;
    changes.push({ ...change, field: MESSAGES_FIELD, value });
  }
  return { ...raw, id: raw.id, changes };
}

const LIST_FIELDS = ['contacts', 'messages', 'statuses', 'errors'] as const;

function readValue(raw: unknown): WhatsAppWebhookValue | null {
  if (!isRecord(raw) || !isRecord(raw.metadata)) return null;
  if (raw.messaging_product !== undefined && raw.messaging_product !== 'whatsapp') return null;
  const { phone_number_id: phoneNumberId, display_phone_number: displayPhoneNumber } = raw.metadata;
  if (!isString(phoneNumberId) || !isString(displayPhoneNumber)) return null;
  if (LIST_FIELDS.some((field) => raw[field] !== undefined && !Array.isArray(raw[field]))) {
    return null;
  }
  const contacts = readItems(raw.contacts, readContact);
  const messages = readItems(raw.messages, readInboundMessage);
  const statuses = readItems(raw.statuses, readMessageStatus);
  const errors = readItems(raw.errors, readWhatsAppError);
  return {
    ...raw,
    metadata: {
      ...raw.metadata,
      phone_number_id: phoneNumberId,
      display_phone_number: displayPhoneNumber,
    },
    ...(contacts ? { contacts } : {}),
    ...(messages ? { messages } : {}),
    ...(statuses ? { statuses } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** The readable items of a list, or undefined when the list is absent. */
function readItems<T>(items: unknown, readItem: (item: unknown) => T | null): T[] | undefined {
  if (!Array.isArray(items)) return undefined;
  return items.map(readItem).filter((item): item is T => item !== null);
}
