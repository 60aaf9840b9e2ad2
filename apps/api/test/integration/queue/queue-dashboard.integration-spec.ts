import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register, asMember } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const OPS_TOKEN = `ops-${randomUUID()}`;
const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('queue dashboard (/admin/queues)', () => {
  describe('with Redis and OPS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        env: { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}`, OPS_TOKEN },
        processJobs: false,
      });
    });
    afterAll(() => t.close());

    it('asks for Basic credentials (401) without them', async () => {
      for (const url of ['/admin/queues', '/admin/queues/api/queues']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Basic realm="Loved CRM queues"/);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it('refuses a wrong password (403) and an organisation admin’s token (401)', async () => {
      const wrong = await t.app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { authorization: basic('ops', `${OPS_TOKEN}-not`) },
      });
      expect(wrong.statusCode).toBe(403);
      const admin = await register(t.app);
      const asAdmin = await t.app.inject({
        method: 'GET',
        url: '/admin/queues/api/queues',
        headers: asMember(admin, admin.organizationId),
      });
      expect(asAdmin.statusCode).toBe(401);
    });

    it('serves the dashboard page with the right password, whatever the user name', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { authorization: basic('anyone', OPS_TOKEN) },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<base href="/admin/queues/"');
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it("guards the page's assets too", async () => {
      const page = await t.app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { authorization: basic('ops', OPS_TOKEN) },
      });
      const script = /src="(static\/js\/[^"]+\.js)"/.exec(page.body)?.[1];
      expect(script).toBeDefined();
      const asset = `/admin/queues/${script}`;
      const anonymous = await t.app.inject({ method: 'GET', url: asset });
      expect(anonymous.statusCode).toBe(401);
      const allowed = await t.app.inject({
        method: 'GET',
        url: asset,
        headers: { authorization: basic('ops', OPS_TOKEN) },
      });
      expect(allowed.statusCode).toBe(200);
    });

    it('lists the queues through its API', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/admin/queues/api/queues',
        headers: { authorization: basic('ops', OPS_TOKEN) },
      });
      expect(res.statusCode).toBe(200);
      const names = res.json<{ queues: Array<{ name: string }> }>().queues.map((q) => q.name);
      expect(names.sort()).toEqual(['default', 'low', 'webhooks']);
    });

    it('stays out of the OpenAPI document', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
      expect(paths.some((path) => path.includes('admin'))).toBe(false);
      expect(paths).toContain('/api/v1/health/detailed');
    });
  });

  it('is not there without OPS_TOKEN (404)', async () => {
    const t = await createTestApp({
      env: { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` },
      processJobs: false,
    });
    try {
      for (const url of ['/admin/queues', '/admin/queues/api/queues']) {
        const res = await t.app.inject({
          method: 'GET',
          url,
          headers: { authorization: basic('ops', OPS_TOKEN) },
        });
        expect(res.statusCode).toBe(404);
      }
    } finally {
      await t.close();
    }
  });

  it('is not there without Redis (404)', async () => {
    const t = await createTestApp({ env: { OPS_TOKEN } });
    try {
      const res = await t.app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { authorization: basic('ops', OPS_TOKEN) },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
