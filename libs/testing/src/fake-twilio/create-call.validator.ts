import { type FakeTwilioErrorReply, invalidParameter } from './fake-twilio-error';
import type { FakeTwilioCall, FakeTwilioForm } from './fake-twilio-api.type';

/** The call a `POST …/Calls.json` form describes, before the fake gives it a SID. */
export type CallRequest = Omit<FakeTwilioCall, 'sid' | 'accountSid'>;

export type CallValidation =
  { ok: true; value: CallRequest } | { ok: false; error: FakeTwilioErrorReply };

const E164 = /^\+[1-9]\d{7,14}$/;
/** Twilio Client identities and SIP URIs may be called as well as numbers. */
const NON_PSTN_TO = /^(client|sip):\S+$/i;

/** The first value of a parameter; `null` when absent or empty, as Twilio treats both. */
function single(form: FakeTwilioForm, key: string): string | null {
  const value = form[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === '' ? null : first;
}

/** A list parameter: repeated keys, each of which may hold several space-separated values. */
function list(form: FakeTwilioForm, key: string): string[] {
  const value = form[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/\s+/)).filter(Boolean);
}

function timeoutOf(form: FakeTwilioForm): number | null {
  const raw = single(form, 'Timeout');
  if (raw === null) return null;
  const seconds = Number(raw);
  return Number.isInteger(seconds) ? seconds : null;
}

const fail = (code: number, message: string): CallValidation => ({
  ok: false,
  error: invalidParameter(code, message),
});

/** Checks a create-call form in the order Twilio does before it accepts the call. */
export function validateCreateCall(form: FakeTwilioForm): CallValidation {
  const to = single(form, 'To');
  if (to === null) return fail(21201, "No 'To' number is specified");
  const from = single(form, 'From');
  if (from === null) return fail(21213, "No 'From' number is specified");
  const url = single(form, 'Url');
  const twiml = single(form, 'Twiml');
  if (url === null && twiml === null && single(form, 'ApplicationSid') === null) {
    return fail(21205, 'Url parameter is required.');
  }
  if (!E164.test(to) && !NON_PSTN_TO.test(to)) {
    return fail(21211, `Invalid 'To' Phone Number: ${to}`);
  }
  if (!E164.test(from)) return fail(21212, `Invalid 'From' Phone Number: ${from}`);
  return {
    ok: true,
    value: {
      to,
      from,
      url,
      twiml,
      method: single(form, 'Method'),
      statusCallback: single(form, 'StatusCallback'),
      statusCallbackMethod: single(form, 'StatusCallbackMethod'),
      statusCallbackEvent: list(form, 'StatusCallbackEvent'),
      record: single(form, 'Record')?.toLowerCase() === 'true',
      recordingStatusCallback: single(form, 'RecordingStatusCallback'),
      recordingStatusCallbackMethod: single(form, 'RecordingStatusCallbackMethod'),
      recordingStatusCallbackEvent: list(form, 'RecordingStatusCallbackEvent'),
      recordingChannels: single(form, 'RecordingChannels'),
      timeout: timeoutOf(form),
      form,
    },
  };
}
