import { CALL_STATUSES, type CallStatus } from '@loved/shared';
import { TwilioException } from '../twilio.exception';
import { TwilioCallbackKind } from '../webhook/twilio-callback.type';

/** One thing Twilio said about a call, read from any of its voice webhooks. */
export type CallFact = {
  /** The call the timeline entry is keyed by: the parent call for a dialled leg. */
  callSid: string;
  /** `agent` for the rep's phone dialled into the call (a `<Dial>` child leg). */
  leg: 'call' | 'agent';
  /** The call's direction when this fact can tell (a dialled leg cannot). */
  direction: 'inbound' | 'outbound' | null;
  status: CallStatus | null;
  durationSeconds: number | null;
  from: string | null;
  to: string | null;
  callerName: string | null;
  at: Date;
  recording: { sid: string; status: string; durationSeconds: number | null } | null;
};

const SID = /^[A-Z]{2}[0-9a-fA-F]{32}$/;

const text = (params: Record<string, string>, name: string): string | null => {
  const value = params[name]?.trim();
  return value ? value : null;
};

function sidOf(params: Record<string, string>, name: string): string {
  const value = text(params, name);
  if (!value || !SID.test(value)) throw TwilioException.payloadInvalid(`${name} is missing`);
  return value;
}

function secondsOf(params: Record<string, string>, name: string): number | null {
  const value = text(params, name);
  if (value === null) return null;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw TwilioException.payloadInvalid(`${name} must be a whole number of seconds`);
  }
  return seconds;
}

function statusOf(params: Record<string, string>, required: boolean): CallStatus | null {
  const value = text(params, 'CallStatus');
  if (value === null && !required) return null;
  if (!CALL_STATUSES.includes(value as CallStatus)) {
    throw TwilioException.payloadInvalid(`CallStatus "${value ?? ''}" is not a call status`);
  }
  return value as CallStatus;
}

/** Twilio's `Timestamp` (RFC 2822) when given and readable, else the time it arrived. */
function timeOf(params: Record<string, string>, receivedAt: Date): Date {
  const stamp = text(params, 'Timestamp') ?? text(params, 'RecordingStartTime');
  const parsed = stamp ? new Date(stamp) : null;
  return parsed && Number.isFinite(parsed.getTime()) ? parsed : receivedAt;
}

function directionOf(value: string | null): CallFact['direction'] {
  if (value === 'inbound') return 'inbound';
  if (value?.startsWith('outbound-api')) return 'outbound';
  return null;
}

/**
 * Reads a stored webhook; throws `TWILIO_PAYLOAD_INVALID` when it is not one Twilio sends (the
 * intake calls this first, so a malformed request is refused before it is stored).
 */
export function readCallFact(
  kind: TwilioCallbackKind,
  params: Record<string, string>,
  receivedAt: Date,
): CallFact {
  const callSid = sidOf(params, 'CallSid');
  if (kind === TwilioCallbackKind.Recording) {
    return {
      callSid,
      leg: 'call',
      direction: null,
      status: null,
      durationSeconds: null,
      from: null,
      to: null,
      callerName: null,
      at: timeOf(params, receivedAt),
      recording: {
        sid: sidOf(params, 'RecordingSid'),
        status: text(params, 'RecordingStatus') ?? 'completed',
        durationSeconds: secondsOf(params, 'RecordingDuration'),
      },
    };
  }
  const parent = text(params, 'ParentCallSid');
  const rawDirection = text(params, 'Direction');
  const dialled = parent !== null && rawDirection !== 'inbound';
  return {
    callSid: dialled ? sidOf(params, 'ParentCallSid') : callSid,
    leg: dialled ? 'agent' : 'call',
    direction: dialled ? null : directionOf(rawDirection),
    status: statusOf(params, kind === TwilioCallbackKind.Status) ?? 'ringing',
    durationSeconds: secondsOf(params, 'CallDuration') ?? secondsOf(params, 'DialCallDuration'),
    from: text(params, 'From') ?? text(params, 'Caller'),
    to: text(params, 'To') ?? text(params, 'Called'),
    callerName: text(params, 'CallerName'),
    at: timeOf(params, receivedAt),
    recording: null,
  };
}
