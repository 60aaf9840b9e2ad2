import type { CallStatus, CommunicationResponse } from '@loved/shared';

/** Twilio's statuses, as the API writes them in `metadata.call_status`. */
const CALL_STATUSES: Record<CallStatus, true> = {
  queued: true,
  initiated: true,
  ringing: true,
  'in-progress': true,
  completed: true,
  busy: true,
  'no-answer': true,
  failed: true,
  canceled: true,
};

function isCallStatus(value: unknown): value is CallStatus {
  return typeof value === 'string' && value in CALL_STATUSES;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** A call made or taken through Twilio, as the timeline shows it. */
export type TwilioCall = {
  /** Null for a status this page does not know. */
  status: CallStatus | null;
  /** Talk time, once the call has ended. */
  durationSeconds: number | null;
  /** The lead's side of the call: who called in, or who was called. */
  leadNumber: string | null;
  /** The stored recording, once the API has downloaded it from Twilio. */
  recordingFileId: string | null;
  /** Twilio reported a recording the API has not stored yet. */
  isRecordingPending: boolean;
};

/**
 * The Twilio call a `voip` communication records, read from its metadata
 * (`VoipCallMetadata`); null for anything else, such as a call logged by hand
 * (`provider: 'manual'`), which keeps its own rendering.
 */
export function twilioCallOf(communication: CommunicationResponse): TwilioCall | null {
  const { channel, direction, metadata, attachments } = communication;
  if (channel !== 'voip' || metadata.provider !== 'twilio') return null;
  const status = isCallStatus(metadata.call_status) ? metadata.call_status : null;
  const duration = metadata.duration_seconds;
  const recording = attachments.find(
    (attachment) => attachment.file_id && attachment.content_type.startsWith('audio/'),
  );
  const recordingFileId = textOf(metadata.recording_file_id) ?? recording?.file_id ?? null;
  return {
    status,
    durationSeconds: typeof duration === 'number' && duration >= 0 ? duration : null,
    leadNumber: textOf(direction === 'inbound' ? metadata.caller_number : metadata.called_number),
    recordingFileId,
    isRecordingPending: recordingFileId === null && textOf(metadata.recording_sid) !== null,
  };
}
