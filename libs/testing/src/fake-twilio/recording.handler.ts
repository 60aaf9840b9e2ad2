import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { notFound } from './fake-twilio-error';
import { toRfc2822 } from './fake-twilio-format';
import { API_VERSION, type RecordingFormat } from './fake-twilio-routing';
import type { FakeTwilioContext } from './fake-twilio-context.type';
import type { FakeTwilioRecording } from './fake-twilio-state';

function toWire(ctx: FakeTwilioContext, recording: FakeTwilioRecording): Record<string, unknown> {
  const path = `/${API_VERSION}/Accounts/${recording.accountSid}/Recordings/${recording.sid}`;
  return {
    account_sid: recording.accountSid,
    api_version: API_VERSION,
    call_sid: recording.callSid,
    conference_sid: null,
    channels: recording.channels,
    date_created: toRfc2822(recording.dateCreated),
    date_updated: toRfc2822(recording.dateCreated),
    start_time: toRfc2822(recording.startTime),
    duration: String(recording.durationSeconds),
    encryption_details: null,
    error_code: null,
    media_url: `${ctx.baseUrl}${path}`,
    price: null,
    price_unit: 'USD',
    sid: recording.sid,
    source: recording.source,
    status: 'completed',
    subresource_uris: {
      add_on_results: `${path}/AddOnResults.json`,
      transcriptions: `${path}/Transcriptions.json`,
    },
    uri: `${path}.json`,
  };
}

/**
 * `GET /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}[.mp3|.wav|.json]`: the audio
 * (WAV without an extension, as Twilio serves it) or the recording's metadata.
 */
export function handleRecording(
  ctx: FakeTwilioContext,
  recordingSid: string,
  format: RecordingFormat,
): FakeReply {
  const recording = ctx.state.recordings.get(recordingSid);
  if (!recording || recording.accountSid !== ctx.account.sid) {
    return errorReply(notFound(ctx.path));
  }
  if (format === 'json') return jsonReply(toWire(ctx, recording));
  return {
    kind: 'bytes',
    httpStatus: 200,
    bytes: recording.bytes,
    contentType: format === 'mp3' ? 'audio/mpeg' : 'audio/x-wav',
  };
}
