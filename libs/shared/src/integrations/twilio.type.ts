import type { IntegrationError, IntegrationStatus } from './integration.type';

/** `POST /api/v1/integrations/twilio` (admin). The auth token is checked, encrypted, never returned. */
export type ConnectTwilioRequest = {
  /** `AC` followed by 32 hexadecimal characters. */
  account_sid: string;
  auth_token: string;
  /** The Twilio number calls are made from and answered on, E.164 (`+5511…`). */
  phone_number: string;
  /** Where inbound calls ring and click-to-call connects by default, E.164. */
  agent_phone: string;
};

/** `GET /api/v1/integrations/twilio`: status without secrets (`disconnected` when none). */
export type TwilioIntegrationResponse = {
  provider: 'twilio';
  status: IntegrationStatus;
  account_sid: string | null;
  /** The account's name at Twilio, read when the credentials were checked. */
  friendly_name: string | null;
  phone_number: string | null;
  agent_phone: string | null;
  /** Set as the number's "A call comes in" webhook in the Twilio console. */
  voice_url: string;
  /** Set as the number's call status callback in the Twilio console. */
  status_callback_url: string;
  connected_at: string | null;
  updated_at: string | null;
  last_error: IntegrationError | null;
};

/** `POST /api/v1/communications/voip/call`: Twilio calls the lead and connects the agent. */
export type PlaceCallRequest = {
  lead_id: string;
  /** Defaults to the integration's agent phone. E.164. */
  agent_phone?: string;
};

/**
 * Twilio's call statuses. They only move forward: queued < initiated < ringing < in-progress <
 * one of the final ones (completed, busy, no-answer, failed, canceled).
 */
export const CallStatus = {
  Queued: 'queued',
  Initiated: 'initiated',
  Ringing: 'ringing',
  InProgress: 'in-progress',
  Completed: 'completed',
  Busy: 'busy',
  NoAnswer: 'no-answer',
  Failed: 'failed',
  Canceled: 'canceled',
} as const;
export type CallStatus = (typeof CallStatus)[keyof typeof CallStatus];
export const CALL_STATUSES: readonly CallStatus[] = Object.values(CallStatus);
export const FINAL_CALL_STATUSES: readonly CallStatus[] = [
  CallStatus.Completed,
  CallStatus.Busy,
  CallStatus.NoAnswer,
  CallStatus.Failed,
  CallStatus.Canceled,
];

/** What Twilio reported for one leg of a call. */
export type CallLegProgress = {
  status: CallStatus;
  duration_seconds: number | null;
  /** When the leg reached its current status (Twilio's timestamp). */
  at: string;
};

/**
 * `metadata` of a `voip` communication made through Twilio (the seed's VOIP_METADATA, plus the
 * call's ids). Calls logged by hand carry `provider: 'manual'` and only duration and status.
 */
export type VoipCallMetadata = {
  provider: 'twilio';
  call_sid: string;
  /** Who called: the lead on an inbound call, the organisation's Twilio number on an outbound one. */
  caller_number: string | null;
  called_number: string | null;
  /** The rep's phone the call was connected to. */
  agent_phone: string | null;
  call_status: CallStatus;
  /** Talk time, known once the call ends (null before). */
  duration_seconds: number | null;
  answered_at: string | null;
  ended_at: string | null;
  /** `GET /api/v1/files/{id}/content` of the stored recording, once downloaded. */
  recording_url: string | null;
  recording_file_id: string | null;
  recording_sid: string | null;
  recording_duration_seconds: number | null;
  /**
   * Each leg as Twilio reported it: `call` is the call itself (the lead's, or the caller's on an
   * inbound call), `agent` the rep's phone dialled into it. On an inbound call the rep's leg says
   * whether anyone answered, so once reported it decides `call_status` and `duration_seconds`.
   */
  legs: { call: CallLegProgress | null; agent: CallLegProgress | null };
};
