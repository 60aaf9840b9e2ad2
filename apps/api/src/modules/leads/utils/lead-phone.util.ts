import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type NormalizedPhone = {
  /** E.164, Brazilian mobiles always with the ninth digit. */
  e164: string;
  /** Equal for the same Brazilian mobile with or without the ninth digit (WhatsApp ids omit it). */
  matchKey: string;
};

/** Parses a phone as typed (default region Brazil); null when it cannot be a phone number. */
export function normalizePhone(input: string): NormalizedPhone | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'BR');
  if (!parsed?.isPossible()) return null;
  if (parsed.countryCallingCode !== '55') {
    const e164 = parsed.number;
    return { e164, matchKey: e164 };
  }
  const national = parsed.nationalNumber;
  const areaCode = national.slice(0, 2);
  const subscriber = national.slice(2);
  const isMobileWithout9 = subscriber.length === 8 && /^[6-9]/.test(subscriber);
  const isMobileWith9 = subscriber.length === 9 && subscriber.startsWith('9');
  if (isMobileWithout9)
    return { e164: `+55${areaCode}9${subscriber}`, matchKey: `+55${areaCode}${subscriber}` };
  if (isMobileWith9)
    return { e164: `+55${national}`, matchKey: `+55${areaCode}${subscriber.slice(1)}` };
  return { e164: `+55${national}`, matchKey: `+55${national}` };
}
