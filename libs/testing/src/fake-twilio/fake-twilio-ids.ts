import { randomBytes } from 'node:crypto';

/** The prefixes of the Twilio resources the fake and the webhook builders name. */
export type TwilioSidPrefix = 'AC' | 'CA' | 'RE' | 'PN';

/** A Twilio SID: the resource's two-letter prefix and 32 lower-case hexadecimal characters. */
export function twilioSid(prefix: TwilioSidPrefix): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}
