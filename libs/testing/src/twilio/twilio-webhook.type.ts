/** Twilio's voice webhooks: form parameters, every value a string, as Twilio posts them. */

/** A webhook's form parameters, each sent once. */
export type TwilioWebhookParams = Record<string, string>;

/** Parameters to sign or post; repeated keys as arrays. */
export type TwilioFormParams = Record<string, string | string[]>;

export type TwilioCallStatus =
  | 'queued'
  | 'initiated'
  | 'ringing'
  | 'in-progress'
  | 'completed'
  | 'busy'
  | 'no-answer'
  | 'failed'
  | 'canceled';

/** `outbound-api` for calls made through the REST API, `outbound-dial` for legs a `<Dial>` made. */
export type TwilioCallDirection = 'inbound' | 'outbound-api' | 'outbound-dial';

export type TwilioRecordingStatus = 'in-progress' | 'completed' | 'absent' | 'failed';

export type TwilioRecordingSource =
  | 'OutboundAPI'
  | 'DialVerb'
  | 'Conference'
  | 'Trunking'
  | 'RecordVerb'
  | 'StartCallRecordingAPI'
  | 'StartConferenceRecordingAPI';

/** The call a voice webhook is about and the two parties on it. */
export type TwilioCallParties = {
  accountSid: string;
  callSid: string;
  /** E.164, or a `client:` / `sip:` address. */
  from: string;
  to: string;
};
