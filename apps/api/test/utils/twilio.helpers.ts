import { randomBytes, randomInt } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { vi } from 'vitest';
import type {
  ConnectTwilioRequest,
  TwilioIntegrationResponse,
  VoipCallMetadata,
} from '@loved/shared';
import {
  twilioSid,
  twilioWebhookRequest,
  type FakeTwilioApi,
  type TwilioFormParams,
} from '@loved/testing';
import { adminQuery } from './admin-query';
import { asMember, type Session } from './identity.helpers';

/** Where the tests tell the app it is reached from, as behind a proxy. */
export const PUBLIC_BASE_URL = 'https://crm.example.test';

export const TwilioPath = {
  Inbound: '/api/v1/integrations/twilio/voice/inbound',
  Status: '/api/v1/integrations/twilio/voice/status',
  Recording: '/api/v1/integrations/twilio/voice/recording',
} as const;

/** A Twilio account connected through the API. */
export type ConnectedTwilio = {
  accountSid: string;
  authToken: string;
  phoneNumber: string;
  agentPhone: string;
};

export const randomBrazilianMobile = (): string => `+55119${randomInt(10_000_000, 99_999_999)}`;

/** Registers an account in the fake Twilio and connects it for the admin's organisation. */
export async function connectTwilio(
  app: NestFastifyApplication,
  admin: Session,
  fake: FakeTwilioApi,
): Promise<ConnectedTwilio> {
  const account: ConnectedTwilio = {
    accountSid: twilioSid('AC'),
    authToken: randomBytes(16).toString('hex'),
    phoneNumber: `+5511${randomInt(30_000_000, 39_999_999)}`,
    agentPhone: randomBrazilianMobile(),
  };
  fake.addAccount({
    sid: account.accountSid,
    authToken: account.authToken,
    friendlyName: 'Agência',
  });
  const payload: ConnectTwilioRequest = {
    account_sid: account.accountSid,
    auth_token: account.authToken,
    phone_number: account.phoneNumber,
    agent_phone: account.agentPhone,
  };
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/integrations/twilio',
    headers: asMember(admin, admin.organizationId),
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`connect failed: ${res.statusCode} ${res.body}`);
  if (res.json<TwilioIntegrationResponse>().status !== 'active') throw new Error('not active');
  return account;
}

/** Posts a signed voice webhook as Twilio would, signed over the public URL. */
export function postTwilio(
  app: NestFastifyApplication,
  path: string,
  params: TwilioFormParams,
  authToken: string,
  signature?: string,
) {
  return app.inject(
    twilioWebhookRequest({
      url: path,
      publicUrl: `${PUBLIC_BASE_URL}${path}`,
      params,
      authToken,
      signature,
    }),
  );
}

export type StoredCall = {
  id: string;
  lead_id: string;
  direction: string;
  content: string;
  status: string;
  external_id: string;
  metadata: VoipCallMetadata;
  attachments: Array<{ file_id: string | null; name: string; content_type: string }>;
};

/** The organisation's Twilio calls, read as the schema owner. */
export const callsOf = (organizationId: string): Promise<StoredCall[]> =>
  adminQuery<StoredCall>(
    `SELECT id, lead_id, direction, content, status, external_id, metadata, attachments
       FROM communications
      WHERE organization_id = $1 AND channel = 'voip' AND metadata->>'provider' = 'twilio'
      ORDER BY sent_at, id`,
    [organizationId],
  );

/** The organisation's stored Twilio webhook events by status. */
export const twilioEventsOf = (organizationId: string) =>
  adminQuery<{ status: string; attempts: number; last_error: string | null }>(
    `SELECT status, attempts, last_error FROM webhook_events
      WHERE organization_id = $1 AND provider = 'twilio'`,
    [organizationId],
  );

/** Waits until every stored Twilio event of the organisation was processed, then its calls. */
export async function settledCalls(
  organizationId: string,
  timeout = 15_000,
): Promise<StoredCall[]> {
  await vi.waitFor(
    async () => {
      const pending = (await twilioEventsOf(organizationId)).filter((e) => e.status === 'pending');
      if (pending.length > 0) throw new Error(`${pending.length} events still pending`);
    },
    { timeout, interval: 50 },
  );
  return callsOf(organizationId);
}

/** Bytes an MP3 sniffer recognises (an ID3 tag), as the fake's recording. */
export const mp3Bytes = (size = 4_000): Buffer =>
  Buffer.concat([Buffer.from('ID3\u0004\u0000\u0000', 'latin1'), randomBytes(size)]);
