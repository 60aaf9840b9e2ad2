import { toRfc2822 } from '../fake-twilio/fake-twilio-format';
import type {
  TwilioRecordingSource,
  TwilioRecordingStatus,
  TwilioWebhookParams,
} from './twilio-webhook.type';

export type TwilioRecordingStatusOptions = {
  accountSid: string;
  /** The call recorded (the parent leg of a two-leg call). */
  callSid: string;
  recordingSid: string;
  /** Where the audio is; see `twilioRecordingUrl`. */
  recordingUrl: string;
  /** `completed` unless given. */
  status?: TwilioRecordingStatus;
  durationSeconds?: number;
  /** 1 (mono) or 2 (dual); 1 unless given. */
  channels?: number;
  /** `OutboundAPI` (a call created with `Record=true`) unless given. */
  source?: TwilioRecordingSource;
  startTime?: Date;
  /** `0` unless given, or 16101 (too short) for an `absent` recording. */
  errorCode?: string;
};

/** The request Twilio makes to `RecordingStatusCallback` when a recording changes status. */
export function twilioRecordingStatus(options: TwilioRecordingStatusOptions): TwilioWebhookParams {
  const status = options.status ?? 'completed';
  return {
    AccountSid: options.accountSid,
    CallSid: options.callSid,
    ErrorCode: options.errorCode ?? (status === 'absent' ? '16101' : '0'),
    RecordingChannels: String(options.channels ?? 1),
    RecordingDuration: String(options.durationSeconds ?? 0),
    RecordingSid: options.recordingSid,
    RecordingSource: options.source ?? 'OutboundAPI',
    RecordingStartTime: toRfc2822(options.startTime ?? new Date()),
    RecordingStatus: status,
    RecordingUrl: options.recordingUrl,
  };
}

/**
 * A recording's URL as Twilio sends it in `RecordingUrl`: no extension (append `.mp3` or `.wav`
 * to pick the format). Pass the fake's `url` as `apiBaseUrl` to download from the fake.
 */
export function twilioRecordingUrl(
  apiBaseUrl: string,
  accountSid: string,
  recordingSid: string,
): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  return `${base}/2010-04-01/Accounts/${accountSid}/Recordings/${recordingSid}`;
}
