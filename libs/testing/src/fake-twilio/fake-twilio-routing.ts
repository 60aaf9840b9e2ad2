import type { FakeTwilioRoute } from './fake-twilio-api.type';

/** The version prefix of every path of the 2010-04-01 API. */
export const API_VERSION = '2010-04-01';

export type RecordingFormat = 'mp3' | 'wav' | 'json';

export type FakeTwilioEndpoint =
  | { kind: 'account'; accountSid: string }
  | { kind: 'create-call'; accountSid: string }
  | { kind: 'recording'; accountSid: string; recordingSid: string; format: RecordingFormat }
  | { kind: 'unknown' };

const ACCOUNT_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\.json$/;
const CALLS_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/;
const RECORDING_PATH =
  /^\/2010-04-01\/Accounts\/([^/]+)\/Recordings\/([^/.]+)(?:\.(mp3|wav|json))?$/;

/** Finds the endpoint a request names; a recording without extension is WAV, as at Twilio. */
export function resolveEndpoint(method: string, pathname: string): FakeTwilioEndpoint {
  if (method === 'GET') {
    const account = ACCOUNT_PATH.exec(pathname);
    if (account?.[1]) return { kind: 'account', accountSid: account[1] };
    const recording = RECORDING_PATH.exec(pathname);
    if (recording?.[1] && recording[2]) {
      const format = (recording[3] ?? 'wav') as RecordingFormat;
      return { kind: 'recording', accountSid: recording[1], recordingSid: recording[2], format };
    }
  }
  if (method === 'POST') {
    const calls = CALLS_PATH.exec(pathname);
    if (calls?.[1]) return { kind: 'create-call', accountSid: calls[1] };
  }
  return { kind: 'unknown' };
}

/** The family a failure or delay targets; `null` for paths the fake does not serve. */
export function routeOf(endpoint: FakeTwilioEndpoint): FakeTwilioRoute | null {
  switch (endpoint.kind) {
    case 'account':
      return 'account';
    case 'create-call':
      return 'calls';
    case 'recording':
      return 'recording';
    case 'unknown':
      return null;
  }
}
