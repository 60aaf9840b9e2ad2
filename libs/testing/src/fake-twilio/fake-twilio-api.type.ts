/** An account the fake accepts: Basic auth as `sid:authToken` opens it. */
export type FakeTwilioAccountInput = {
  /** `AC` followed by 32 hexadecimal characters. */
  sid: string;
  authToken: string;
  friendlyName?: string;
  /** Reported as the account's `status`; `active` unless told. */
  status?: 'active' | 'suspended' | 'closed';
};

/** Which family of routes a failure or delay applies to. */
export type FakeTwilioRoute = 'account' | 'calls' | 'recording';

/**
 * One injected failure, shaped like Twilio's error body. `plain` answers a non-JSON page
 * instead, as a proxy or load balancer in front of Twilio would.
 */
export type FakeTwilioFailure = {
  /** Omit to fail the next request on any route. */
  route?: FakeTwilioRoute;
  httpStatus: number;
  /** Twilio's error code, e.g. 20429 (too many requests) or 20500 (internal error). */
  code: number;
  /** Twilio's sentence for the code when omitted (`Too Many Requests` for 20429, …). */
  message?: string;
  /** How many matching requests fail; 1 unless told. */
  times?: number;
  plain?: boolean;
};

export type FakeTwilioDelayOptions = { route?: FakeTwilioRoute; times?: number };

/** A form body as posted: a key sent more than once keeps every value, in order. */
export type FakeTwilioForm = Record<string, string | string[]>;

export type FakeTwilioRequest = {
  method: string;
  /** The path as requested, without the query string. */
  path: string;
  query: Record<string, string>;
  form: FakeTwilioForm;
  /** The user name of the Basic auth header (the Account SID), whether or not it was accepted. */
  basicAuthUser: string | null;
  route: FakeTwilioRoute | null;
};

/**
 * A call the fake accepted, with the parameters as the client sent them (`null` when absent).
 * Event lists are split on spaces too, since Twilio takes `initiated ringing` as two events.
 */
export type FakeTwilioCall = {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  url: string | null;
  twiml: string | null;
  method: string | null;
  statusCallback: string | null;
  statusCallbackMethod: string | null;
  statusCallbackEvent: string[];
  record: boolean;
  recordingStatusCallback: string | null;
  recordingStatusCallbackMethod: string | null;
  recordingStatusCallbackEvent: string[];
  recordingChannels: string | null;
  /** Seconds to ring, from `Timeout`. */
  timeout: number | null;
  form: FakeTwilioForm;
};

/** A recording the fake serves as media (`.mp3`, `.wav`) and as metadata (`.json`). */
export type FakeTwilioRecordingInput = {
  accountSid: string;
  sid: string;
  callSid: string;
  bytes: Buffer;
  /** 0 unless given. */
  durationSeconds?: number;
  /** 1 unless given. */
  channels?: number;
  /** How the recording was started; `OutboundAPI` (a call made with `Record=true`) unless given. */
  source?: string;
  startTime?: Date;
};

export type FakeTwilioApiOptions = { port?: number };

export type FakeTwilioApi = {
  /** `http://127.0.0.1:PORT`, usable as TWILIO_API_BASE_URL. */
  readonly url: string;
  readonly port: number;
  readonly requests: readonly FakeTwilioRequest[];
  readonly calls: readonly FakeTwilioCall[];
  /** Adds an account, or replaces one with the same SID (a rotated token, a new status). */
  addAccount(account: FakeTwilioAccountInput): void;
  addRecording(recording: FakeTwilioRecordingInput): void;
  failNext(failure: FakeTwilioFailure): void;
  delayNext(ms: number, options?: FakeTwilioDelayOptions): void;
  /** Forgets requests, calls and pending failures and delays; keeps accounts and recordings. */
  reset(): void;
  close(): Promise<void>;
};
