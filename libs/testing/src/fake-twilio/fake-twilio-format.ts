/** Twilio's date format (RFC 2822, always UTC): `Wed, 02 Dec 2026 12:00:00 +0000`. */
export function toRfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * A number as Twilio writes it in `to_formatted` / `from_formatted`: North American numbers as
 * `(415) 555-1212`, every other number unchanged (E.164).
 */
export function formatTwilioNumber(number: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : number;
}
