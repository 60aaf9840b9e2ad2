import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A stored E.164 phone as people write it: national format for Brazilian numbers
 * (`(11) 98765-1001`), international for others (`+1 415 555 2671`); as stored if unparseable.
 */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164, 'BR');
  if (!parsed?.isPossible()) return e164;
  return parsed.country === 'BR' ? parsed.formatNational() : parsed.formatInternational();
}

/** `tel:` link of a stored phone. */
export const telHref = (e164: string): string => `tel:${e164.replace(/[^\d+]/g, '')}`;

/** WhatsApp click-to-chat link (`wa.me` wants the digits only). */
export const whatsAppHref = (e164: string): string => `https://wa.me/${e164.replace(/\D/g, '')}`;

export const mailtoHref = (email: string): string => `mailto:${email}`;
