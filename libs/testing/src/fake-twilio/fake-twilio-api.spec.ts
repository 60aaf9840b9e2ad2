import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type Response from 'twilio/lib/http/response';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { twilioRecordingUrl } from '../twilio/twilio-recording-status.builder';
import { startFakeTwilioApi } from './fake-twilio-api';
import type { FakeTwilioApi } from './fake-twilio-api.type';
import { twilioSid } from './fake-twilio-ids';
import { twilioErrorPresets } from './twilio-error-presets';

/** The `twilio` package's client, sent to the fake instead of `https://api.twilio.com`. */
class FakeBaseUrlRequestClient extends twilio.RequestClient {
  constructor(private readonly baseUrl: string) {
    super({ keepAlive: false });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>): Promise<Response<TData>> {
    const uri = opts.uri.replace(/^https:\/\/api\.twilio\.com/, this.baseUrl);
    return super.request<TData>({ ...opts, uri });
  }
}

const ACCOUNT_SID = twilioSid('AC');
const AUTH_TOKEN = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const OTHER_ACCOUNT_SID = twilioSid('AC');
const OTHER_AUTH_TOKEN = '00112233445566778899aabbccddeeff';
const FROM = '+551140000000';
const TO = '+5511987654321';
const RFC_2822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

let fake: FakeTwilioApi;

function clientFor(accountSid = ACCOUNT_SID, authToken = AUTH_TOKEN): twilio.Twilio {
  return twilio(accountSid, authToken, {
    httpClient: new FakeBaseUrlRequestClient(fake.url),
    autoRetry: false,
  });
}

/** What the client threw; fails the test when it resolved. */
async function rejectionOf(promise: Promise<unknown>): Promise<twilio.RestException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof twilio.RestException) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

function basicAuth(accountSid: string, authToken: string): string {
  return `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
}

const callParams = {
  to: TO,
  from: FROM,
  twiml: '<Response><Dial>+5511911112222</Dial></Response>',
  statusCallback: 'https://crm.example.com/api/v1/webhooks/twilio/status',
  statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
  record: true,
  recordingStatusCallback: 'https://crm.example.com/api/v1/webhooks/twilio/recording',
  recordingStatusCallbackEvent: ['completed'],
};

beforeAll(async () => {
  fake = await startFakeTwilioApi();
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.reset();
  fake.addAccount({ sid: ACCOUNT_SID, authToken: AUTH_TOKEN, friendlyName: 'Loved CRM' });
  fake.addAccount({ sid: OTHER_ACCOUNT_SID, authToken: OTHER_AUTH_TOKEN });
});

describe('fake Twilio API: account', () => {
  it('returns the account to its own credentials, as the twilio package reads it', async () => {
    const account = await clientFor().api.v2010.accounts(ACCOUNT_SID).fetch();

    expect(account).toMatchObject({
      sid: ACCOUNT_SID,
      friendlyName: 'Loved CRM',
      status: 'active',
      type: 'Full',
      ownerAccountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}.json`,
    });
    expect(account.dateCreated).toBeInstanceOf(Date);
    expect(account.subresourceUris).toMatchObject({
      calls: `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`,
      recordings: `/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings.json`,
      incoming_phone_numbers: `/2010-04-01/Accounts/${ACCOUNT_SID}/IncomingPhoneNumbers.json`,
    });
  });

  it('writes dates in RFC 2822, as Twilio does', async () => {
    const response = await fetch(`${fake.url}/2010-04-01/Accounts/${ACCOUNT_SID}.json`, {
      headers: { authorization: basicAuth(ACCOUNT_SID, AUTH_TOKEN) },
    });

    const body = (await response.json()) as Record<string, unknown>;
    expect(body.date_created).toMatch(RFC_2822);
    expect(body.date_updated).toMatch(RFC_2822);
  });

  it('refuses a wrong auth token with a RestException 20003 / 401', async () => {
    const error = await rejectionOf(
      clientFor(ACCOUNT_SID, 'wrong-token').api.v2010.accounts(ACCOUNT_SID).fetch(),
    );

    expect(error.status).toBe(401);
    expect(error.code).toBe(20003);
    expect(error.message).toBe('Authenticate');
    expect(error.moreInfo).toBe('https://www.twilio.com/docs/errors/20003');
  });

  it('answers 20003 in the exact body Twilio sends when no credentials come', async () => {
    const response = await fetch(`${fake.url}/2010-04-01/Accounts/${ACCOUNT_SID}.json`);

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
  });

  it("hides another account's resource behind a 404 20404", async () => {
    const error = await rejectionOf(clientFor().api.v2010.accounts(OTHER_ACCOUNT_SID).fetch());

    expect(error.status).toBe(404);
    expect(error.code).toBe(20404);
    expect(error.message).toBe(
      `The requested resource /2010-04-01/Accounts/${OTHER_ACCOUNT_SID}.json was not found`,
    );
  });

  it('reports a suspended account as Twilio does', async () => {
    fake.addAccount({ sid: ACCOUNT_SID, authToken: AUTH_TOKEN, status: 'suspended' });

    const account = await clientFor().api.v2010.accounts(ACCOUNT_SID).fetch();

    expect(account.status).toBe('suspended');
  });
});

describe('fake Twilio API: calls', () => {
  it('queues a call and records its parameters, event lists included', async () => {
    const call = await clientFor().calls.create(callParams);

    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call).toMatchObject({
      accountSid: ACCOUNT_SID,
      to: TO,
      from: FROM,
      status: 'queued',
      direction: 'outbound-api',
      apiVersion: '2010-04-01',
      startTime: null,
      duration: null,
      parentCallSid: null,
      queueTime: '0',
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${call.sid}.json`,
    });
    expect(call.phoneNumberSid).toMatch(/^PN[0-9a-f]{32}$/);
    expect(call.dateCreated).toBeInstanceOf(Date);
    expect(fake.calls).toEqual([
      {
        sid: call.sid,
        accountSid: ACCOUNT_SID,
        to: TO,
        from: FROM,
        url: null,
        twiml: callParams.twiml,
        method: null,
        statusCallback: callParams.statusCallback,
        statusCallbackMethod: null,
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
        record: true,
        recordingStatusCallback: callParams.recordingStatusCallback,
        recordingStatusCallbackMethod: null,
        recordingStatusCallbackEvent: ['completed'],
        recordingChannels: null,
        timeout: null,
        form: expect.objectContaining({ Record: 'true' }),
      },
    ]);
  });

  it('logs the form with repeated keys as arrays and the Basic auth user', async () => {
    await clientFor().calls.create({ ...callParams, timeout: 25, recordingChannels: 'dual' });

    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`,
        query: {},
        form: expect.objectContaining({
          To: TO,
          StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
          RecordingStatusCallbackEvent: 'completed',
          Timeout: '25',
          RecordingChannels: 'dual',
        }),
        basicAuthUser: ACCOUNT_SID,
        route: 'calls',
      },
    ]);
    expect(fake.calls[0]).toMatchObject({ timeout: 25, recordingChannels: 'dual' });
  });

  it('takes space-separated events as Twilio does', async () => {
    await clientFor().calls.create({ ...callParams, statusCallbackEvent: ['initiated ringing'] });

    expect(fake.calls[0]?.statusCallbackEvent).toEqual(['initiated', 'ringing']);
  });

  it('refuses a call without To with 21201', async () => {
    // The package itself refuses an undefined `to`; an empty one reaches Twilio as `To=`.
    const error = await rejectionOf(clientFor().calls.create({ ...callParams, to: '' }));

    expect(error.status).toBe(400);
    expect(error.code).toBe(21201);
    expect(error.message).toBe("No 'To' number is specified");
    expect(fake.calls).toEqual([]);
  });

  it('refuses a call without From with 21213', async () => {
    const error = await rejectionOf(clientFor().calls.create({ ...callParams, from: '' }));

    expect(error.code).toBe(21213);
    expect(error.message).toBe("No 'From' number is specified");
  });

  it('refuses a call with neither Url, Twiml nor ApplicationSid with 21205', async () => {
    const { twiml: _twiml, ...withoutTwiml } = callParams;
    const error = await rejectionOf(clientFor().calls.create(withoutTwiml));

    expect(error.code).toBe(21205);
    expect(error.message).toBe('Url parameter is required.');
  });

  it('refuses a To that is not a phone number with 21211', async () => {
    const error = await rejectionOf(clientFor().calls.create({ ...callParams, to: '11 98765' }));

    expect(error.status).toBe(400);
    expect(error.code).toBe(21211);
    expect(error.message).toBe("Invalid 'To' Phone Number: 11 98765");
  });

  it('accepts a Twilio Client identity as To', async () => {
    const call = await clientFor().calls.create({ ...callParams, to: 'client:agent-7' });

    expect(call.to).toBe('client:agent-7');
  });

  it('creates nothing for a wrong token', async () => {
    const error = await rejectionOf(clientFor(ACCOUNT_SID, 'nope').calls.create(callParams));

    expect(error.code).toBe(20003);
    expect(fake.calls).toEqual([]);
  });
});

describe('fake Twilio API: injected failures', () => {
  it('fails the next call on the route with a Twilio error, then recovers', async () => {
    fake.failNext({ ...twilioErrorPresets.rateLimit, route: 'calls' });

    const error = await rejectionOf(clientFor().calls.create(callParams));
    const call = await clientFor().calls.create(callParams);

    expect(error.status).toBe(429);
    expect(error.code).toBe(20429);
    expect(error.message).toBe('Too Many Requests');
    expect(call.status).toBe('queued');
    expect(fake.calls).toHaveLength(1);
  });

  it('leaves other routes alone', async () => {
    fake.failNext({ route: 'recording', httpStatus: 500, code: 20500 });

    const account = await clientFor().api.v2010.accounts(ACCOUNT_SID).fetch();

    expect(account.sid).toBe(ACCOUNT_SID);
  });

  it('fails as many requests as told', async () => {
    fake.failNext({ route: 'account', httpStatus: 503, code: 20503, times: 2 });
    const accounts = clientFor().api.v2010.accounts(ACCOUNT_SID);

    expect((await rejectionOf(accounts.fetch())).status).toBe(503);
    expect((await rejectionOf(accounts.fetch())).status).toBe(503);
    await expect(accounts.fetch()).resolves.toMatchObject({ sid: ACCOUNT_SID });
  });

  it("answers a proxy's plain 502 page that the package cannot parse", async () => {
    fake.failNext({ ...twilioErrorPresets.badGateway });

    const error = await rejectionOf(clientFor().calls.create(callParams));

    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.message).toBe('[HTTP 502] Failed to execute request');
  });

  it('delays the next request on the route', async () => {
    fake.delayNext(150, { route: 'account' });
    const started = Date.now();

    await clientFor().api.v2010.accounts(ACCOUNT_SID).fetch();

    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('fake Twilio API: recordings', () => {
  const recordingSid = twilioSid('RE');
  const callSid = twilioSid('CA');
  const bytes = Buffer.from('ID3 fake mp3 bytes');

  beforeEach(() => {
    fake.addRecording({
      accountSid: ACCOUNT_SID,
      sid: recordingSid,
      callSid,
      bytes,
      durationSeconds: 42,
    });
  });

  it('serves the MP3 to the account with Basic auth', async () => {
    const url = `${twilioRecordingUrl(fake.url, ACCOUNT_SID, recordingSid)}.mp3`;

    const response = await fetch(url, {
      headers: { authorization: basicAuth(ACCOUNT_SID, AUTH_TOKEN) },
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('serves WAV at the URL without extension, as Twilio sends it', async () => {
    const url = twilioRecordingUrl(fake.url, ACCOUNT_SID, recordingSid);

    const response = await fetch(url, {
      headers: { authorization: basicAuth(ACCOUNT_SID, AUTH_TOKEN) },
    });

    expect(response.headers.get('content-type')).toBe('audio/x-wav');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('returns the metadata through the twilio package', async () => {
    const recording = await clientFor().recordings(recordingSid).fetch();

    expect(recording).toMatchObject({
      sid: recordingSid,
      accountSid: ACCOUNT_SID,
      callSid,
      duration: '42',
      status: 'completed',
      channels: 1,
      source: 'OutboundAPI',
      mediaUrl: twilioRecordingUrl(fake.url, ACCOUNT_SID, recordingSid),
    });
    expect(recording.startTime).toBeInstanceOf(Date);
  });

  it('refuses the download without credentials', async () => {
    const response = await fetch(`${twilioRecordingUrl(fake.url, ACCOUNT_SID, recordingSid)}.mp3`);

    expect(response.status).toBe(401);
  });

  it("hides a recording from another account's credentials", async () => {
    const path = `/2010-04-01/Accounts/${OTHER_ACCOUNT_SID}/Recordings/${recordingSid}.mp3`;

    const response = await fetch(`${fake.url}${path}`, {
      headers: { authorization: basicAuth(OTHER_ACCOUNT_SID, OTHER_AUTH_TOKEN) },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 20404,
      message: `The requested resource ${path} was not found`,
    });
  });

  it('answers 404 20404 for an unknown recording', async () => {
    const error = await rejectionOf(clientFor().recordings(twilioSid('RE')).fetch());

    expect(error.status).toBe(404);
    expect(error.code).toBe(20404);
  });
});

describe('fake Twilio API: other paths', () => {
  it('answers 404 20404 for a path it does not serve', async () => {
    const response = await fetch(`${fake.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, {
      headers: { authorization: basicAuth(ACCOUNT_SID, AUTH_TOKEN) },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 20404, status: 404 });
  });
});
