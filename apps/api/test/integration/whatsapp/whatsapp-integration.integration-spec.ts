import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WhatsAppIntegrationResponse } from '@loved/shared';
import {
  postWhatsAppWebhook,
  startFakeGraphApi,
  whatsAppInbound,
  whatsAppMessagesWebhook,
  type FakeGraphApi,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { connectWhatsApp, listen, webhookUrl } from '../../utils/whatsapp.helpers';

describe('connecting a WhatsApp number', () => {
  let graph: FakeGraphApi;
  let t: TestApp;
  let base: string;
  let admin: Session;

  const integration = (session: Session) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/whatsapp',
      headers: asMember(session, session.organizationId),
    });
  const connect = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/whatsapp',
      headers: asMember(session, session.organizationId),
      payload,
    });

  beforeAll(async () => {
    graph = await startFakeGraphApi();
    t = await createTestApp({ env: { GRAPH_API_BASE_URL: graph.url } });
    base = await listen(t.app);
    admin = await register(t.app);
  });
  afterAll(async () => {
    await t.close();
    await graph.close();
  });

  it('shows disconnected before anything is connected', async () => {
    const res = await integration(admin);
    expect(res.statusCode).toBe(200);
    expect(res.json<WhatsAppIntegrationResponse>()).toMatchObject({
      status: 'disconnected',
      phone_number_id: null,
      webhook_url: expect.stringMatching(/\/api\/v1\/integrations\/whatsapp\/webhook$/),
    });
  });

  it('checks the token with the Graph API and never returns or stores the secrets in clear', async () => {
    const number = await connectWhatsApp(t.app, admin, graph);
    const phoneCheck = graph.requests.find((r) => r.path.endsWith(`/${number.phoneNumberId}`));
    expect(phoneCheck?.headers.authorization).toBe(`Bearer ${number.accessToken}`);
    const res = await integration(admin);
    const body = res.json<WhatsAppIntegrationResponse>();
    expect(body).toMatchObject({
      status: 'active',
      phone_number_id: number.phoneNumberId,
      waba_id: number.wabaId,
      verified_name: 'Agência Teste',
    });
    for (const secret of [number.accessToken, number.appSecret, number.verifyToken]) {
      expect(res.body).not.toContain(secret);
    }
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(['access_token']));
    const [row] = await adminQuery<{ sealed: string; key_id: string }>(
      `SELECT encode(encrypted_credentials, 'escape') AS sealed, credentials_key_id AS key_id
         FROM organization_integrations WHERE organization_id = $1`,
      [admin.organizationId],
    );
    expect(row.key_id).toEqual(expect.any(String));
    expect(row.sealed).not.toContain(number.accessToken);
    expect(row.sealed).not.toContain(number.appSecret);
  });

  it('refuses a token Meta rejects (422) and an unknown phone number id (422), saving nothing', async () => {
    const other = await register(t.app);
    const payload = {
      phone_number_id: '123456789012',
      waba_id: '223456789012',
      access_token: 'EAAG-not-a-real-token',
      app_secret: 'app-secret-123',
      verify_token: 'verify-token-123',
      display_phone_number: '+55 11 4000-0000',
    };
    const bad = await connect(other, payload);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('WHATSAPP_TOKEN_INVALID');
    graph.addPhoneNumber({
      phoneNumberId: '323456789012',
      wabaId: '223456789012',
      accessToken: 'EAAG-valid-elsewhere',
      displayPhoneNumber: '+55 11 4000-0001',
      verifiedName: 'X',
    });
    const wrongNumber = await connect(other, { ...payload, access_token: 'EAAG-valid-elsewhere' });
    expect(wrongNumber.statusCode).toBe(422);
    expect(wrongNumber.json().code).toBe('WHATSAPP_PHONE_NUMBER_NOT_FOUND');
    expect((await integration(other)).json().status).toBe('disconnected');
  });

  it('validates the body with field errors', async () => {
    const res = await connect(admin, { phone_number_id: 'não é um id', access_token: '' });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['phone_number_id', 'waba_id', 'app_secret', 'verify_token']),
    );
  });

  it('is for admins only', async () => {
    const manager = await addMember(t.app, admin, 'manager');
    const session = { ...manager, organizationId: admin.organizationId };
    expect((await integration(session)).statusCode).toBe(403);
    expect((await connect(session, {})).statusCode).toBe(403);
    const events = await t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/whatsapp/events?status=failed',
      headers: asMember(session, admin.organizationId),
    });
    expect(events.statusCode).toBe(403);
  });

  it('refuses a number another organisation already connected (409)', async () => {
    const owner = await register(t.app);
    const number = await connectWhatsApp(t.app, owner, graph);
    const thief = await register(t.app);
    const res = await connect(thief, {
      phone_number_id: number.phoneNumberId,
      waba_id: number.wabaId,
      access_token: number.accessToken,
      app_secret: 'another-secret',
      verify_token: 'another-verify',
      display_phone_number: '+55 11 4000-0002',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INTEGRATION_ACCOUNT_IN_USE');
  });

  it('disconnects: secrets forgotten, the number no longer routed to the organisation', async () => {
    const owner = await register(t.app);
    const number = await connectWhatsApp(t.app, owner, graph);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/integrations/whatsapp',
      headers: asMember(owner, owner.organizationId),
    });
    expect(res.statusCode).toBe(204);
    expect((await integration(owner)).json().status).toBe('disconnected');
    const [row] = await adminQuery<{ encrypted_credentials: Buffer | null }>(
      'SELECT encrypted_credentials FROM organization_integrations WHERE organization_id = $1',
      [owner.organizationId],
    );
    expect(row.encrypted_credentials).toBeNull();
    const posted = await postWhatsAppWebhook(
      webhookUrl(base),
      number.appSecret,
      whatsAppMessagesWebhook(number, [whatsAppInbound.text('depois de desconectar')]),
    );
    expect(posted.status).toBe(200);
    const events = await adminQuery('SELECT id FROM webhook_events WHERE organization_id = $1', [
      owner.organizationId,
    ]);
    expect(events).toEqual([]);
  });
});
