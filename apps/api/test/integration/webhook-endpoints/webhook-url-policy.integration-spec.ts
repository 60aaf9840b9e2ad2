import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/** What a production deployment must set anyway (keys and secrets have no defaults there). */
const PRODUCTION = {
  NODE_ENV: 'production',
  FILE_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  JWT_SECRET: randomBytes(32).toString('hex'),
};

const create = (t: TestApp, admin: Session, url: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/webhook-endpoints',
    headers: asMember(admin, admin.organizationId),
    payload: { url, events: ['lead.created'] },
  });

describe('webhook URL policy in production (WEBHOOK_ALLOW_PRIVATE_URLS unset)', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ env: PRODUCTION });
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it.each([
    ['loopback', 'https://127.0.0.1/hooks'],
    ['a private network', 'https://10.0.0.8/hooks'],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest'],
    ['IPv6 loopback', 'https://[::1]/hooks'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks'],
    ['a host name resolving to loopback', 'https://localhost/hooks'],
  ])('refuses %s with 422', async (_, url) => {
    const res = await create(t, admin, url);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'WEBHOOK_URL_NOT_ALLOWED',
      errors: [expect.objectContaining({ field: 'url' })],
    });
  });

  it('refuses plain http and credentials in the URL', async () => {
    for (const url of ['http://93.184.215.14/hooks', 'https://user:pw@93.184.215.14/hooks']) {
      const res = await create(t, admin, url);
      expect(res.statusCode, url).toBe(422);
      expect(res.json()).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED' });
    }
  });

  it('accepts a public https address, and refuses moving it to a private one', async () => {
    const res = await create(t, admin, 'https://93.184.215.14/hooks');
    expect(res.statusCode, res.body).toBe(201);
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/webhook-endpoints/${res.json<{ id: string }>().id}`,
      headers: asMember(admin, admin.organizationId),
      payload: { url: 'https://192.168.0.10/hooks' },
    });
    expect(moved.statusCode).toBe(422);
  });
});

describe('webhook URL policy in production with WEBHOOK_ALLOW_PRIVATE_URLS=true', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ env: { ...PRODUCTION, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' } });
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('accepts loopback and private addresses, over http too (an on-premise receiver)', async () => {
    for (const url of [
      'https://127.0.0.1/hooks',
      'https://10.0.0.8/hooks',
      'http://127.0.0.1:8080/hooks',
      'http://localhost:8080/hooks',
    ]) {
      expect((await create(t, admin, url)).statusCode, url).toBe(201);
    }
  });

  it('still refuses plain http to a public address', async () => {
    const res = await create(t, admin, 'http://93.184.215.14/hooks');
    expect(res.statusCode).toBe(422);
    expect(res.json<{ code: string }>().code).toBe('WEBHOOK_URL_NOT_ALLOWED');
  });
});
