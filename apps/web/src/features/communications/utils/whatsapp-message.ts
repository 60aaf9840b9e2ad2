import type { CommunicationAttachment, CommunicationResponse } from '@loved/shared';

/** What the API records of a WhatsApp message's failure (Meta's error, as Meta words it). */
export type WhatsAppMessageError = {
  code: string | null;
  title: string | null;
  message: string | null;
};

export type WhatsAppLocation = {
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
};

export type WhatsAppReaction = { emoji: string | null; messageId: string | null };

export type WhatsAppContact = { name: string; phones: string[] };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function coordinate(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

/** `metadata.message_type` (text, image, document…); a message without one is plain text. */
export function messageTypeOf(communication: CommunicationResponse): string {
  return text(communication.metadata.message_type) ?? 'text';
}

export function captionOf(communication: CommunicationResponse): string | null {
  return text(communication.metadata.caption);
}

/** `metadata.error` of a failed message, or null when it carries none. */
export function whatsAppErrorOf(communication: CommunicationResponse): WhatsAppMessageError | null {
  const error = record(communication.metadata.error);
  if (!error) return null;
  return { code: text(error.code), title: text(error.title), message: text(error.message) };
}

export function locationOf(communication: CommunicationResponse): WhatsAppLocation | null {
  const location = record(communication.metadata.location);
  if (!location) return null;
  const latitude = coordinate(location.latitude);
  const longitude = coordinate(location.longitude);
  if (latitude === null || longitude === null) return null;
  return { latitude, longitude, name: text(location.name), address: text(location.address) };
}

export function reactionOf(communication: CommunicationResponse): WhatsAppReaction | null {
  const reaction = record(communication.metadata.reaction);
  if (!reaction) return null;
  return { emoji: text(reaction.emoji), messageId: text(reaction.message_id) };
}

/**
 * Shared contacts: as the API stores them (`name`, `phones` as text), or as WhatsApp sends
 * them (`name.formatted_name`, `phones[].phone`).
 */
export function contactsOf(communication: CommunicationResponse): WhatsAppContact[] {
  const contacts = communication.metadata.contacts;
  if (!Array.isArray(contacts)) return [];
  return contacts.flatMap((entry) => {
    const contact = record(entry);
    if (!contact) return [];
    const nameRecord = record(contact.name);
    const name =
      text(contact.name) ??
      text(nameRecord?.formatted_name) ??
      [text(nameRecord?.first_name), text(nameRecord?.last_name)].filter(Boolean).join(' ');
    const phones = (Array.isArray(contact.phones) ? contact.phones : []).flatMap((phone) => {
      const value = text(phone) ?? text(record(phone)?.phone) ?? text(record(phone)?.wa_id);
      return value ? [value] : [];
    });
    if (!name && phones.length === 0) return [];
    return [{ name: name || (phones[0] ?? ''), phones }];
  });
}

/** The media file of a message: its first attachment (WhatsApp sends one file per message). */
export function mediaOf(communication: CommunicationResponse): CommunicationAttachment | null {
  return communication.attachments[0] ?? null;
}

/** A map search at the coordinates; opens the user's map app on phones. */
export function mapUrlOf(location: WhatsAppLocation): string {
  const query = `${location.latitude},${location.longitude}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
