import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSid } from '../fake-twilio/fake-twilio-ids';
import { postTwilioWebhook, twilioWebhookRequest } from './post-twilio-webhook';
import { twilioCallStatus } from './twilio-call-status.builder';
import { twilioInboundCall } from './twilio-inbound-call.builder';
import { twilioRecordingStatus, twilioRecordingUrl } from './twilio-recording-status.builder';
import { signTwilioRequest } from './twilio-webhook-signature';
import type { TwilioWebhookParams } from './twilio-webhook.type';

const AUTH_TOKEN = '12345678901234567890123456789012';
const ACCOUNT_SID = twilioSid('AC');
const CALL_SID = twilioSid('CA');
const LEAD = '+5511987654321';
const TWILIO_NUMBER = '+551140000000';
const PUBLIC_URL = 'https://crm.example.com/api/v1/webhooks/twilio/voice';
const RFC_2822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

const parties = { accountSid: ACCOUNT_SID, callSid: CALL_SID, from: LEAD, to: TWILIO_NUMBER };

const built: Array<[string, TwilioWebhookParams]> = [
  ['an inbound call', twilioInboundCall(parties)],
  ['a status callback', twilioCallStatus({ ...parties, status: 'completed', durationSeconds: 61 })],
  [
    'a recording status callback',
    twilioRecordingStatus({
      accountSid: ACCOUNT_SID,
      callSid: CALL_SID,
      recordingSid: twilioSid('RE'),
      recordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
      durationSeconds: 61,
    }),
  ],
];

describe('twilioSid', () => {
  it.each(['AC', 'CA', 'RE', 'PN'] as const)('makes %s followed by 32 lower-case hex', (prefix) => {
    expect(twilioSid(prefix)).toMatch(new RegExp(`^${prefix}[0-9a-f]{32}$`));
  });
});

describe('signTwilioRequest', () => {
  it.each(built)('signs %s so the twilio package validates it', (_name, params) => {
    const signature = signTwilioRequest(AUTH_TOKEN, PUBLIC_URL, params);

    expect(twilio.validateRequest(AUTH_TOKEN, signature, PUBLIC_URL, params)).toBe(true);
  });

  it.each(built)('no longer validates %s once a parameter changes', (_name, params) => {
    const signature = signTwilioRequest(AUTH_TOKEN, PUBLIC_URL, params);
    const tampered = { ...params, CallSid: twilioSid('CA') };

    expect(twilio.validateRequest(AUTH_TOKEN, signature, PUBLIC_URL, tampered)).toBe(false);
  });

  it('does not validate under another auth token', () => {
    const params = twilioInboundCall(parties);
    const signature = signTwilioRequest(AUTH_TOKEN, PUBLIC_URL, params);

    expect(twilio.validateRequest('another-token', signature, PUBLIC_URL, params)).toBe(false);
  });
});

describe('twilioInboundCall', () => {
  it("carries Twilio's voice request parameters, all strings", () => {
    expect(twilioInboundCall(parties)).toEqual({
      AccountSid: ACCOUNT_SID,
      ApiVersion: '2010-04-01',
      CallSid: CALL_SID,
      CallStatus: 'ringing',
      Called: TWILIO_NUMBER,
      CalledCity: '',
      CalledCountry: 'BR',
      CalledState: '',
      CalledZip: '',
      Caller: LEAD,
      CallerCity: '',
      CallerCountry: 'BR',
      CallerState: '',
      CallerZip: '',
      Direction: 'inbound',
      From: LEAD,
      FromCity: '',
      FromCountry: 'BR',
      FromState: '',
      FromZip: '',
      To: TWILIO_NUMBER,
      ToCity: '',
      ToCountry: 'BR',
      ToState: '',
      ToZip: '',
    });
  });

  it('adds CallToken only when given', () => {
    expect(
      twilioInboundCall({ ...parties, callToken: '{"parentCallInfoToken":"x"}' }),
    ).toMatchObject({ CallToken: '{"parentCallInfoToken":"x"}' });
    expect(twilioInboundCall(parties)).not.toHaveProperty('CallToken');
  });
});

describe('twilioCallStatus', () => {
  it('reports a final status with its duration in seconds and in minutes rounded up', () => {
    const params = twilioCallStatus({
      ...parties,
      status: 'completed',
      durationSeconds: 61,
      timestamp: new Date('2026-12-02T12:00:00Z'),
    });

    expect(params).toMatchObject({
      CallStatus: 'completed',
      Direction: 'outbound-api',
      CallbackSource: 'call-progress-events',
      SequenceNumber: '3',
      Timestamp: 'Wed, 02 Dec 2026 12:00:00 +0000',
      CallDuration: '61',
      Duration: '2',
    });
  });

  it('sends no duration before the call ends', () => {
    const params = twilioCallStatus({ ...parties, status: 'ringing', durationSeconds: 10 });

    expect(params).toMatchObject({ CallStatus: 'ringing', SequenceNumber: '1' });
    expect(params).not.toHaveProperty('CallDuration');
    expect(params).not.toHaveProperty('Duration');
    expect(params.Timestamp).toMatch(RFC_2822);
  });

  it('marks a child leg of a <Dial> as outbound-dial with its parent', () => {
    const parentCallSid = twilioSid('CA');

    const params = twilioCallStatus({ ...parties, status: 'in-progress', parentCallSid });

    expect(params).toMatchObject({ Direction: 'outbound-dial', ParentCallSid: parentCallSid });
  });
});

describe('twilioRecordingStatus', () => {
  it("carries Twilio's recording status parameters", () => {
    const recordingSid = twilioSid('RE');
    const recordingUrl = twilioRecordingUrl('http://127.0.0.1:4000/', ACCOUNT_SID, recordingSid);

    const params = twilioRecordingStatus({
      accountSid: ACCOUNT_SID,
      callSid: CALL_SID,
      recordingSid,
      recordingUrl,
      durationSeconds: 42,
      channels: 2,
      startTime: new Date('2026-12-02T12:00:00Z'),
    });

    expect(recordingUrl).toBe(
      `http://127.0.0.1:4000/2010-04-01/Accounts/${ACCOUNT_SID}/Recordings/${recordingSid}`,
    );
    expect(params).toEqual({
      AccountSid: ACCOUNT_SID,
      CallSid: CALL_SID,
      ErrorCode: '0',
      RecordingChannels: '2',
      RecordingDuration: '42',
      RecordingSid: recordingSid,
      RecordingSource: 'OutboundAPI',
      RecordingStartTime: 'Wed, 02 Dec 2026 12:00:00 +0000',
      RecordingStatus: 'completed',
      RecordingUrl: recordingUrl,
    });
  });
});

describe('postTwilioWebhook', () => {
  type Received = { url: string; headers: IncomingMessage['headers']; body: string };
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end('<Response/>');
    });
  });
  let baseUrl = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });

  const bodyParams = (body: string): Record<string, string> =>
    Object.fromEntries(new URLSearchParams(body));

  it('posts the form signed over the public URL and path, query string included', async () => {
    const params = twilioInboundCall(parties);
    const path = '/api/v1/webhooks/twilio/voice?org=acme';

    const response = await postTwilioWebhook({
      baseUrl,
      publicBaseUrl: 'https://crm.example.com',
      path,
      params,
      authToken: AUTH_TOKEN,
    });

    const delivery = received.at(-1);
    expect(response).toEqual({ status: 200, body: '<Response/>', contentType: 'text/xml' });
    expect(delivery?.url).toBe(path);
    expect(delivery?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(bodyParams(delivery?.body ?? '')).toEqual(params);
    const valid = twilio.validateRequest(
      AUTH_TOKEN,
      String(delivery?.headers['x-twilio-signature']),
      `https://crm.example.com${path}`,
      bodyParams(delivery?.body ?? ''),
    );
    expect(valid).toBe(true);
  });

  it('sends the signature it is given instead, for tampering tests', async () => {
    await postTwilioWebhook({
      baseUrl,
      path: '/hook',
      params: twilioInboundCall(parties),
      authToken: AUTH_TOKEN,
      signature: 'forged=',
    });

    expect(received.at(-1)?.headers['x-twilio-signature']).toBe('forged=');
  });
});

describe('twilioWebhookRequest', () => {
  it('builds inject options signed over the public URL', () => {
    const params = twilioCallStatus({ ...parties, status: 'busy' });

    const request = twilioWebhookRequest({
      url: '/api/v1/webhooks/twilio/status',
      publicUrl: 'https://crm.example.com/api/v1/webhooks/twilio/status',
      params,
      authToken: AUTH_TOKEN,
    });

    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/v1/webhooks/twilio/status');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.payload))).toEqual(params);
    expect(
      twilio.validateRequest(
        AUTH_TOKEN,
        request.headers['x-twilio-signature'],
        'https://crm.example.com/api/v1/webhooks/twilio/status',
        params,
      ),
    ).toBe(true);
  });
});
