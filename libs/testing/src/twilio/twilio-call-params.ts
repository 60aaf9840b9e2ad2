import type {
  TwilioCallDirection,
  TwilioCallParties,
  TwilioCallStatus,
  TwilioWebhookParams,
} from './twilio-webhook.type';

/** The API version Twilio names in every voice webhook. */
export const TWILIO_API_VERSION = '2010-04-01';

/** Calling codes of the countries tests use; Twilio sends an empty country when it cannot tell. */
const COUNTRY_BY_CALLING_CODE: Array<[string, string]> = [
  ['+351', 'PT'],
  ['+55', 'BR'],
  ['+54', 'AR'],
  ['+44', 'GB'],
  ['+1', 'US'],
];

function countryOf(number: string): string {
  return COUNTRY_BY_CALLING_CODE.find(([code]) => number.startsWith(code))?.[1] ?? '';
}

/**
 * Twilio's geographic lookup for one party (`FromCity`, `FromCountry`, …). Twilio fills city,
 * state and zip for North American numbers only; elsewhere they come empty.
 */
function geo(prefix: string, number: string): TwilioWebhookParams {
  return {
    [`${prefix}City`]: '',
    [`${prefix}Country`]: countryOf(number),
    [`${prefix}State`]: '',
    [`${prefix}Zip`]: '',
  };
}

/**
 * The parameters of every voice request about a call: ids, status, direction, both parties
 * under their current names (`From`/`To`) and their legacy ones (`Caller`/`Called`), with geo.
 */
export function twilioCallParams(
  parties: TwilioCallParties,
  callStatus: TwilioCallStatus,
  direction: TwilioCallDirection,
): TwilioWebhookParams {
  return {
    AccountSid: parties.accountSid,
    ApiVersion: TWILIO_API_VERSION,
    CallSid: parties.callSid,
    CallStatus: callStatus,
    Called: parties.to,
    ...geo('Called', parties.to),
    Caller: parties.from,
    ...geo('Caller', parties.from),
    Direction: direction,
    From: parties.from,
    ...geo('From', parties.from),
    To: parties.to,
    ...geo('To', parties.to),
  };
}
