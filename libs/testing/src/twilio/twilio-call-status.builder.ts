import { toRfc2822 } from '../fake-twilio/fake-twilio-format';
import { twilioCallParams } from './twilio-call-params';
import type {
  TwilioCallDirection,
  TwilioCallParties,
  TwilioCallStatus,
  TwilioWebhookParams,
} from './twilio-webhook.type';

export type TwilioCallStatusOptions = TwilioCallParties & {
  status: TwilioCallStatus;
  /** `outbound-dial` when `parentCallSid` is given (a `<Dial>` leg), else `outbound-api`. */
  direction?: TwilioCallDirection;
  /** Talk time; sent as `CallDuration` (seconds) and `Duration` (minutes) on final statuses. */
  durationSeconds?: number;
  /** The call whose `<Dial>` made this leg. */
  parentCallSid?: string;
  /** Order of the callbacks of one call, from 0; by status unless given (initiated 0 … final 3). */
  sequenceNumber?: number;
  /** When the event happened; now unless given. */
  timestamp?: Date;
  /** The SIP code of the call's end (200, 486 busy, 487 no answer, …), when Twilio reports one. */
  sipResponseCode?: number;
  /** For a call made with `Record=true`, the final callback names its recording. */
  recording?: { sid: string; url: string; durationSeconds: number };
};

const FINAL_STATUSES: ReadonlySet<TwilioCallStatus> = new Set([
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
]);

/** The sequence number each status has when a call subscribes to all four progress events. */
const SEQUENCE_BY_STATUS: Record<TwilioCallStatus, number> = {
  queued: 0,
  initiated: 0,
  ringing: 1,
  'in-progress': 2,
  completed: 3,
  busy: 3,
  'no-answer': 3,
  failed: 3,
  canceled: 3,
};

/** A status callback (`StatusCallback` URL) reporting a call's progress. */
export function twilioCallStatus(options: TwilioCallStatusOptions): TwilioWebhookParams {
  const direction =
    options.direction ?? (options.parentCallSid === undefined ? 'outbound-api' : 'outbound-dial');
  const params: TwilioWebhookParams = {
    ...twilioCallParams(options, options.status, direction),
    CallbackSource: 'call-progress-events',
    SequenceNumber: String(options.sequenceNumber ?? SEQUENCE_BY_STATUS[options.status]),
    Timestamp: toRfc2822(options.timestamp ?? new Date()),
  };
  if (options.parentCallSid !== undefined) params.ParentCallSid = options.parentCallSid;
  const final = FINAL_STATUSES.has(options.status);
  if (final && options.durationSeconds !== undefined) {
    params.CallDuration = String(options.durationSeconds);
    // Twilio bills whole minutes: `Duration` is the talk time rounded up to the minute.
    params.Duration = String(Math.ceil(options.durationSeconds / 60));
  }
  if (final && options.sipResponseCode !== undefined) {
    params.SipResponseCode = String(options.sipResponseCode);
  }
  if (final && options.recording) {
    params.RecordingSid = options.recording.sid;
    params.RecordingUrl = options.recording.url;
    params.RecordingDuration = String(options.recording.durationSeconds);
  }
  return params;
}
