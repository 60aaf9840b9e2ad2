import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmailIntegrationResponse, LeadResponse, MailOAuth2Grant } from '@loved/shared';
import {
  startFakeOAuthServer,
  startFakeSmtpServer,
  type FakeOAuthServer,
  type FakeSmtpServer,
} from '@loved/testing';
import { MailboxSyncService } from '../../../src/modules/email/sync/mailbox-sync.service';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import {
  appendMessage,
  imapTestServer,
  listMessages,
  OAUTH_TEST_PORT,
  type ImapTestServer,
  type ImapTestUser,
} from '../../utils/imap-test-server';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const CLIENT = { id: '1234-loved.apps.googleusercontent.com', secret: 'GOCSPX-test-secret' };

describe('an e-mail mailbox on OAuth2 (XOAUTH2, as Gmail and Outlook ask)', () => {
  let t: TestApp;
  let imap: ImapTestServer;
  let smtp: FakeSmtpServer;
  let oauth: FakeOAuthServer;
  let admin: Session;
  let agency: ImapTestUser;
  let customer: ImapTestUser;
  let lead: LeadResponse;

  const connect = (grant: Partial<MailOAuth2Grant> | undefined, extra: object = {}) => {
    const server = (host: string, port: number) => ({
      host,
      port,
      secure: false,
      username: agency.user,
    });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/integrations/email',
      headers: asMember(admin, admin.organizationId),
      payload: {
        email_address: agency.address,
        auth: 'oauth2',
        imap: server(imap.host, imap.port),
        smtp: server(smtp.host, smtp.port),
        ...(grant ? { oauth2: { provider: 'google', ...grant } } : {}),
        ...extra,
      },
    });
  };
  const send = (subject: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/communications/email/send',
      headers: asMember(admin, admin.organizationId),
      payload: { lead_id: lead.id, subject, body_text: 'Olá!' },
    });
  const status = async () =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/integrations/email',
        headers: asMember(admin, admin.organizationId),
      })
    ).json<EmailIntegrationResponse>();

  beforeAll(async () => {
    imap = await imapTestServer();
    agency = await imap.addUser();
    customer = await imap.addUser();
    // Dovecot asks this server whether a token is active (see scripts/ci/start-dovecot.sh).
    oauth = await startFakeOAuthServer({ port: OAUTH_TEST_PORT });
    smtp = await startFakeSmtpServer({
      verifyAccessToken: (user, token) => oauth.isActive(user, token),
      deliver: async (envelope, raw) => {
        if (envelope.to.includes(customer.address)) {
          await appendMessage(customer.user, customer.password, raw);
        }
      },
    });
    t = await createTestApp({
      env: { GOOGLE_OAUTH_TOKEN_URL: oauth.tokenUrl, MICROSOFT_OAUTH_TOKEN_URL: oauth.tokenUrl },
    });
    admin = await register(t.app);
    lead = await createLead(t.app, admin, { name: 'Cliente OAuth', email: customer.address });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await oauth.close();
  });

  it('refuses a token the provider does not know, on the IMAP group', async () => {
    const res = await connect({ access_token: 'ya29.not-issued' });

    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EMAIL_IMAP_LOGIN_FAILED' });
    expect((await status()).status).toBe('disconnected');
  });

  it('connects with an access token, sends and syncs with it, and never returns it', async () => {
    const accessToken = oauth.issueAccessToken(agency.user);

    const res = await connect({ access_token: accessToken, expires_in: 3600 });

    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'active',
      auth: 'oauth2',
      oauth_provider: 'google',
    });
    expect(res.body).not.toContain(accessToken);
    const sent = await send('Proposta via Gmail');
    expect(sent.statusCode, sent.body).toBe(201);
    expect(smtp.messages.at(-1)?.user).toBe(agency.user);
    const received = await listMessages(customer.user, customer.password);
    expect(received.map((m) => m.envelope.subject)).toContain('Proposta via Gmail');

    await appendMessage(
      agency.user,
      agency.password,
      [
        `From: Cliente <${customer.address}>`,
        `To: ${agency.address}`,
        'Subject: Re: Proposta via Gmail',
        `Message-ID: <oauth-reply-${Date.now()}@example.test>`,
        `Date: ${new Date().toUTCString()}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Fechado!',
        '',
      ].join('\r\n'),
    );
    expect(await t.app.get(MailboxSyncService).sync(admin.organizationId)).toBe(1);
    expect(oauth.tokenRequests).toEqual([]);
  });

  it('renews an expiring token with the refresh token before logging in, and keeps the new one', async () => {
    const refreshToken = oauth.issueRefreshToken(agency.user, CLIENT);
    const expiring = oauth.issueAccessToken(agency.user, 30);

    const res = await connect({
      access_token: expiring,
      expires_in: 30,
      refresh_token: refreshToken,
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
    });

    // 200: it replaces the mailbox connected above.
    expect(res.statusCode, res.body).toBe(200);
    expect(oauth.tokenRequests).toEqual([
      {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
      },
    ]);
    // The old token no longer works: sending at all proves the renewed one was kept.
    oauth.revoke(expiring);
    const sent = await send('Depois da renovação');
    expect(sent.statusCode, sent.body).toBe(201);
    expect(oauth.tokenRequests).toHaveLength(1);
  });

  it('marks the mailbox for reconnecting when the provider refuses to renew the token', async () => {
    const before = oauth.tokenRequests.length;
    const refreshToken = oauth.issueRefreshToken(agency.user, CLIENT);
    // Valid now, and due for renewal (two minutes ahead) a second later.
    const res = await connect({
      access_token: oauth.issueAccessToken(agency.user, 121),
      expires_in: 121,
      refresh_token: refreshToken,
      client_id: CLIENT.id,
      client_secret: CLIENT.secret,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(oauth.tokenRequests).toHaveLength(before);
    oauth.revoke(refreshToken);
    await new Promise((resolve) => setTimeout(resolve, 1_200));

    const sent = await send('Sem token');

    expect(sent.statusCode, sent.body).toBe(422);
    expect(sent.json()).toMatchObject({ code: 'EMAIL_OAUTH_REFRESH_REFUSED' });
    expect(sent.json<{ detail: string }>().detail).toContain('invalid_grant');
    expect(await status()).toMatchObject({
      status: 'needs_reauth',
      last_error: { code: 'EMAIL_OAUTH_REFRESH_REFUSED' },
    });
  });

  it('answers 400 for an OAuth2 mailbox without its grant, and a password one without passwords', async () => {
    const noGrant = await connect(undefined);
    expect(noGrant.statusCode, noGrant.body).toBe(400);
    expect(noGrant.body).toContain('oauth2');

    const unknownProvider = await connect({ access_token: 'x', provider: 'yahoo' as 'google' });
    expect(unknownProvider.statusCode, unknownProvider.body).toBe(400);
    expect(unknownProvider.body).toContain('oauth2.provider');

    const noPassword = await connect(undefined, { auth: 'password' });
    expect(noPassword.statusCode, noPassword.body).toBe(400);
    expect(noPassword.json()).toMatchObject({ code: 'EMAIL_PASSWORD_REQUIRED' });
    expect(noPassword.body).toContain('imap.password');
  });
});
