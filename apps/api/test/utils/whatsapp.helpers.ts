import { randomBytes, randomInt } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { vi } from 'vitest';
import type { ConnectWhatsAppRequest, WhatsAppIntegrationResponse } from '@loved/shared';
import type { FakeGraphApi, WhatsAppBusinessNumber } from '@loved/testing';
import { adminQuery } from './admin-query';
import { asMember, type Session } from './identity.helpers';

/** A business number connected through the API, with what a test needs to sign its webhooks. */
export type ConnectedNumber = WhatsAppBusinessNumber & {
  accessToken: string;
  appSecret: string;
  verifyToken: string;
};

const graphId = (): string => String(randomInt(100_000_000_000, 999_999_999_999));

/** Registers a number in the fake Graph API and connects it for the admin's organisation. */
export async function connectWhatsApp(
  app: NestFastifyApplication,
  admin: Session,
  graph: FakeGraphApi,
): Promise<ConnectedNumber> {
  const number: ConnectedNumber = {
    phoneNumberId: graphId(),
    wabaId: graphId(),
    displayPhoneNumber: `5511${randomInt(30_000_000, 39_999_999)}`,
    accessToken: `EAAG${randomBytes(24).toString('hex')}`,
    appSecret: randomBytes(16).toString('hex'),
    verifyToken: `verify-${randomBytes(8).toString('hex')}`,
  };
  graph.addPhoneNumber({
    phoneNumberId: number.phoneNumberId,
    wabaId: number.wabaId,
    accessToken: number.accessToken,
    displayPhoneNumber: `+${number.displayPhoneNumber}`,
    verifiedName: 'Agência Teste',
  });
  const payload: ConnectWhatsAppRequest = {
    phone_number_id: number.phoneNumberId,
    waba_id: number.wabaId,
    access_token: number.accessToken,
    app_secret: number.appSecret,
    verify_token: number.verifyToken,
    display_phone_number: `+${number.displayPhoneNumber}`,
  };
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/integrations/whatsapp',
    headers: asMember(admin, admin.organizationId),
    payload,
  });
  if (res.statusCode !== 201) throw new Error(`connect failed: ${res.statusCode} ${res.body}`);
  const body = res.json<WhatsAppIntegrationResponse>();
  if (body.status !== 'active') throw new Error(`connected as ${body.status}`);
  return number;
}

/** The base URL of an app listening on a random port. */
export async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://127.0.0.1:${port}`;
}

export type StoredMessage = {
  id: string;
  lead_id: string;
  direction: string;
  content: string;
  status: string;
  external_id: string | null;
  metadata: Record<string, unknown>;
  attachments: Array<{ file_id: string | null; name: string; content_type: string }>;
};

/** The organisation's WhatsApp communications, read as the schema owner. */
export const whatsAppMessagesOf = (organizationId: string): Promise<StoredMessage[]> =>
  adminQuery<StoredMessage>(
    `SELECT id, lead_id, direction, content, status, external_id, metadata, attachments
       FROM communications WHERE organization_id = $1 AND channel = 'whatsapp' ORDER BY sent_at, id`,
    [organizationId],
  );

/** Waits until the organisation has `count` WhatsApp communications (the worker is async). */
export async function waitForMessages(
  organizationId: string,
  count: number,
  timeout = 10_000,
): Promise<StoredMessage[]> {
  let rows: StoredMessage[] = [];
  await vi.waitFor(
    async () => {
      rows = await whatsAppMessagesOf(organizationId);
      if (rows.length < count) throw new Error(`${rows.length} of ${count} messages so far`);
    },
    { timeout, interval: 50 },
  );
  return rows;
}

export const webhookUrl = (base: string): string => `${base}/api/v1/integrations/whatsapp/webhook`;

export { asMember };
