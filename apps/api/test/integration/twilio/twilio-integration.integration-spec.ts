import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TwilioIntegrationResponse } from '@loved/shared';
import {
  startFakeTwilioApi,
  twilioCallStatus,
  twilioSid,
  twilioErrorPresets,
  type FakeTwilioApi,
} from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  connectTwilio,
  postTwilio,
  PUBLIC_BASE_URL,
  randomBrazilianMobile,
  TwilioPath,
} from '../../utils/twilio.helpers';

describe('connecting a Twilio account', () => {
  let fake: FakeTwilioApi;
  let t: TestApp;
  let admin: Session;

  const integration = (session: Session) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/integrations/twilio',
      headers: asMember(session, session.organizationId),
    });
  const connect = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/twilio',
      headers: asMember(session, session.organizationId),
      payload,
    });
  const newAccount = () => {
    const account = { sid: twilioSid('AC'), authToken: twilioSid('AC').slice(2) };
    fake.addAccount({ ...account, friendlyName: 'Agência Azul' });
    return {
      account_sid: account.sid,
      auth_token: account.authToken,
      phone_number: '+55 11 4002-8922',
      agent_phone: randomBrazilianMobile(),
    };
  };

  beforeAll(async () => {
    fake = await startFakeTwilioApi();
    t = await createTestApp({ env: { TWILIO_API_BASE_URL: fake.url, PUBLIC_BASE_URL } });
    admin = await register(t.app);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('shows disconnected, with the webhook URLs to configure, before anything is connected', async () => {
    const res = await integration(admin);
    expect(res.statusCode).toBe(200);
    expect(res.json<TwilioIntegrationResponse>()).toEqual({
      provider: 'twilio',
      status: 'disconnected',
      account_sid: null,
      friendly_name: null,
      phone_number: null,
      agent_phone: null,
      voice_url: `${PUBLIC_BASE_URL}${TwilioPath.Inbound}`,
      status_callback_url: `${PUBLIC_BASE_URL}${TwilioPath.Status}`,
      connected_at: null,
      updated_at: null,
      last_error: null,
    });
  });

  it('checks the credentials by fetching the account, and never returns or stores the token in clear', async () => {
    const payload = newAccount();
    const res = await connect(admin, payload);
    expect(res.statusCode, res.body).toBe(201);
    const check = fake.requests.find(
      (r) => r.path === `/2010-04-01/Accounts/${payload.account_sid}.json`,
    );
    expect(check?.basicAuthUser).toBe(payload.account_sid);
    const body = res.json<TwilioIntegrationResponse>();
    expect(body).toMatchObject({
      status: 'active',
      account_sid: payload.account_sid,
      friendly_name: 'Agência Azul',
      phone_number: '+551140028922',
      agent_phone: payload.agent_phone,
    });
    expect(res.body).not.toContain(payload.auth_token);
    expect((await integration(admin)).body).not.toContain(payload.auth_token);
    const [row] = await adminQuery<{ stored: string }>(
      `SELECT encrypted_credentials::text || settings::text AS stored
         FROM organization_integrations WHERE organization_id = $1 AND provider = 'twilio'`,
      [admin.organizationId],
    );
    expect(row?.stored).not.toContain(payload.auth_token);
    expect(row?.stored).not.toContain(Buffer.from(payload.auth_token).toString('hex'));

    const again = await connect(admin, payload);
    expect(again.statusCode).toBe(200);
  });

  it('refuses credentials Twilio refuses (422) and says when Twilio is unreachable (502)', async () => {
    const session = await register(t.app);
    const payload = newAccount();
    const wrong = await connect(session, { ...payload, auth_token: 'f'.repeat(32) });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({
      code: 'TWILIO_CREDENTIALS_INVALID',
      errors: [expect.objectContaining({ field: 'auth_token' })],
    });
    fake.failNext({ route: 'account', ...twilioErrorPresets.badGateway });
    const down = await connect(session, payload);
    expect(down.statusCode).toBe(502);
    expect(down.json()).toMatchObject({ code: 'TWILIO_UNREACHABLE' });
    expect((await integration(session)).json()).toMatchObject({ status: 'disconnected' });
  });

  it('names every invalid field (400)', async () => {
    const res = await connect(admin, {
      account_sid: 'SK123',
      auth_token: '',
      phone_number: '11 4002-8922',
      agent_phone: 'me',
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['account_sid', 'agent_phone', 'auth_token', 'phone_number']);
  });

  it('is for admins only', async () => {
    const agent = await addMember(t.app, admin, 'agent');
    expect((await integration(agent)).statusCode).toBe(403);
    expect((await connect(agent, newAccount())).statusCode).toBe(403);
    const remove = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/integrations/twilio',
      headers: asMember(agent, admin.organizationId),
    });
    expect(remove.statusCode).toBe(403);
  });

  it("disconnecting forgets the token and refuses the account's webhooks from then on", async () => {
    const session = await register(t.app);
    const account = await connectTwilio(t.app, session, fake);
    const params = twilioCallStatus({
      accountSid: account.accountSid,
      callSid: twilioSid('CA'),
      from: randomBrazilianMobile(),
      to: account.phoneNumber,
      direction: 'inbound',
      status: 'ringing',
    });
    expect((await postTwilio(t.app, TwilioPath.Status, params, account.authToken)).statusCode).toBe(
      200,
    );
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/integrations/twilio',
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(204);
    expect((await integration(session)).json()).toMatchObject({
      status: 'disconnected',
      account_sid: null,
    });
    const [row] = await adminQuery<{ encrypted_credentials: Buffer | null }>(
      `SELECT encrypted_credentials FROM organization_integrations
        WHERE organization_id = $1 AND provider = 'twilio'`,
      [session.organizationId],
    );
    expect(row?.encrypted_credentials).toBeNull();
    const after = await postTwilio(
      t.app,
      TwilioPath.Status,
      { ...params, CallStatus: 'completed' },
      account.authToken,
    );
    expect(after.statusCode).toBe(403);
  });
});
