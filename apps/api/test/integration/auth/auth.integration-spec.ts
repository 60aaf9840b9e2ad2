import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRegistration } from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { asMember, login, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const base64url = (value: object): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (header: object, payload: object, secret: string): string => {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const me = (token: string) =>
    t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });

  it('registers a user with an organisation they administer, and logs them in', async () => {
    const session = await register(t.app);
    expect(session.memberships).toEqual([
      expect.objectContaining({
        organization_id: session.organizationId,
        role: 'admin',
        plan: 'free',
      }),
    ]);
    const again = await login(t.app, session.user.email.toUpperCase(), session.password);
    expect(again.user.id).toBe(session.user.id);
    expect(again.token_type).toBe('Bearer');
    expect(again.expires_in).toBe(900);
    const profile = await me(again.access_token);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      user: { id: session.user.id },
      memberships: [{ role: 'admin' }],
    });
  });

  it('never stores the password in clear text', async () => {
    const session = await register(t.app);
    const [row] = await adminQuery<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [session.user.id],
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(session.password);
  });

  it('refuses a second account with the same e-mail in any letter case', async () => {
    const session = await register(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: makeRegistration({ email: session.user.email.toUpperCase() }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'EMAIL_TAKEN' });
  });

  it('validates the registration body field by field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { name: '', email: 'not-an-email', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['name', 'email', 'password']));
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const session = await register(t.app);
    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: session.user.email, password: 'not-the-password' },
    });
    const unknownEmail = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `nobody-${session.user.id}@agencia.test`, password: 'not-the-password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrongPassword.json())).toEqual(strip(unknownEmail.json()));
  });

  it('rotates refresh tokens and revokes the whole family when a rotated one is reused', async () => {
    const session = await register(t.app);
    const refresh = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refresh_token: token },
      });
    const first = await refresh(session.refresh_token);
    expect(first.statusCode).toBe(200);
    const second = first.json<{ refresh_token: string; access_token: string }>();
    expect(second.refresh_token).not.toBe(session.refresh_token);

    const reuse = await refresh(session.refresh_token);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json()).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    // The thief's reuse also killed the legitimate, newer token of the family.
    expect((await refresh(second.refresh_token)).statusCode).toBe(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const session = await register(t.app);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refresh_token: session.refresh_token },
    });
    expect(out.statusCode).toBe(204);
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refresh_token: session.refresh_token },
    });
    expect(refresh.statusCode).toBe(401);
  });

  describe('access tokens', () => {
    it('refuses a missing token', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    });

    it('refuses an expired token', async () => {
      const session = await register(t.app);
      const now = Math.floor(Date.now() / 1000);
      const expired = sign(
        { alg: 'HS256', typ: 'JWT' },
        { sub: session.user.id, memberships: [], iat: now - 3600, exp: now - 60 },
        t.config.jwtSecret,
      );
      expect((await me(expired)).statusCode).toBe(401);
    });

    it('refuses a tampered token', async () => {
      const session = await register(t.app);
      const [header, , signature] = session.access_token.split('.');
      const forgedClaims = base64url({
        sub: session.user.id,
        memberships: [{ organization_id: 'x', role: 'admin' }],
      });
      expect((await me(`${header}.${forgedClaims}.${signature}`)).statusCode).toBe(401);
    });

    it('refuses a token signed with another secret', async () => {
      const session = await register(t.app);
      const now = Math.floor(Date.now() / 1000);
      const token = sign(
        { alg: 'HS256', typ: 'JWT' },
        { sub: session.user.id, memberships: [], iat: now, exp: now + 600 },
        'another-secret-that-is-long-enough-to-look-real',
      );
      expect((await me(token)).statusCode).toBe(401);
    });

    it('refuses an unsigned (alg none) token', async () => {
      const session = await register(t.app);
      const now = Math.floor(Date.now() / 1000);
      const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: session.user.id, memberships: [], exp: now + 600 })}.`;
      expect((await me(token)).statusCode).toBe(401);
    });
  });

  it('lets a signed-in user create another organisation and switch to it', async () => {
    const session = await register(t.app);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organizations',
      headers: { authorization: `Bearer ${session.access_token}` },
      payload: { name: 'Segunda Agência' },
    });
    expect(created.statusCode).toBe(201);
    const org = created.json<{ id: string }>();
    // The new membership is in the next token (refresh), and works at once.
    const renewed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refresh_token: session.refresh_token },
    });
    const tokens = renewed.json<{
      access_token: string;
      memberships: Array<{ organization_id: string }>;
    }>();
    expect(tokens.memberships.map((m) => m.organization_id)).toContain(org.id);
    const current = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organizations/current',
      headers: asMember(tokens, org.id),
    });
    expect(current.json()).toMatchObject({ id: org.id, name: 'Segunda Agência', plan: 'free' });
  });
});
