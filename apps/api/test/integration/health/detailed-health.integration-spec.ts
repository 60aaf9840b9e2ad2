import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetailedHealthResponse, OrganizationIntegrationHealth } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const OPS_TOKEN = `ops-${randomUUID()}`;
const URL = '/api/v1/health/detailed';

/** An integration of `organizationId` as a provider left it, with its inbox. */
async function seedIntegration(
  organizationId: string,
  lastError: { code: string; message: string; occurred_at: string } | null,
): Promise<void> {
  await adminQuery(
    `INSERT INTO organization_integrations (organization_id, provider, status, account_id, last_error)
     VALUES ($1, 'whatsapp', $2, $3, $4)`,
    [
      organizationId,
      lastError ? 'needs_reauth' : 'active',
      `acc-${randomUUID()}`.slice(0, 40),
      lastError,
    ],
  );
}

async function seedEvent(
  organizationId: string,
  status: 'processed' | 'failed',
  at: string,
  error: string | null = null,
): Promise<void> {
  await adminQuery(
    `INSERT INTO webhook_events (provider, event_key, organization_id, status, payload, last_error, received_at, processed_at)
     VALUES ('whatsapp', $1, $2, $3, '{}', $4, $5, $6)`,
    [randomUUID(), organizationId, status, error, at, status === 'processed' ? at : null],
  );
}

describe('GET /api/v1/health/detailed', () => {
  let t: TestApp;
  let adminA: Session;
  let adminB: Session;
  // In the future, so no other test's integration (they share the database) is newer.
  const failedAt = new Date(Date.now() + 3_600_000).toISOString();
  const succeededAt = new Date(Date.now() + 1_800_000).toISOString();
  const failureCode = `TOKEN_REVOKED_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await createTestApp({ env: { OPS_TOKEN } });
    adminA = await register(t.app);
    adminB = await register(t.app);
    await seedIntegration(adminA.organizationId, {
      code: failureCode,
      message: 'The access token was revoked',
      occurred_at: failedAt,
    });
    await seedEvent(adminA.organizationId, 'processed', succeededAt);
    await seedEvent(
      adminA.organizationId,
      'failed',
      new Date(Date.now() - 60_000).toISOString(),
      'boom',
    );
  });
  afterAll(() => t.close());

  it('refuses a caller without credentials (401)', async () => {
    const res = await t.app.inject({ method: 'GET', url: URL });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a wrong bearer token (401)', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { authorization: `Bearer ${OPS_TOKEN}x` },
    });
    expect(res.statusCode).toBe(401);
  });

  it('refuses agents and managers (403)', async () => {
    for (const role of ['agent', 'manager'] as const) {
      const member = await addMember(t.app, adminA, role);
      const res = await t.app.inject({
        method: 'GET',
        url: URL,
        headers: asMember(member, adminA.organizationId),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ status: 403, code: 'INSUFFICIENT_ROLE' });
    }
  });

  it("answers an admin with the infrastructure and only their organisation's integrations", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminA, adminA.organizationId),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<DetailedHealthResponse>();
    expect(body).toMatchObject({
      scope: 'organization',
      status: 'ok',
      mode: 'embedded',
      checks: {
        database: { status: 'up' },
        storage: { status: 'up' },
        redis: { status: 'not_configured', latency_ms: null },
      },
      queues: [],
    });
    expect(body.checks.database.latency_ms).toBeGreaterThanOrEqual(0);
    expect(body).not.toHaveProperty('providers');
    if (body.scope !== 'organization') throw new Error('expected the organisation scope');
    expect(body.integrations).toEqual<OrganizationIntegrationHealth[]>([
      {
        provider: 'whatsapp',
        status: 'needs_reauth',
        last_success_at: succeededAt,
        last_failure: {
          occurred_at: failedAt,
          code: failureCode,
          message: 'The access token was revoked',
        },
      },
    ]);
  });

  it("shows another organisation's admin none of it", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminB, adminB.organizationId),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'organization', integrations: [] });
    // Naming org A while signed in to B is refused, as on every tenant route.
    const crossed = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(adminB, adminA.organizationId),
    });
    expect(crossed.statusCode).toBe(403);
  });

  it('answers the operator token with every provider across organisations', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { authorization: `Bearer ${OPS_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<DetailedHealthResponse>();
    expect(body).toMatchObject({ scope: 'platform', status: 'ok', queues: [] });
    if (body.scope !== 'platform') throw new Error('expected the platform scope');
    expect(body.providers.map((p) => p.provider)).toEqual(['whatsapp', 'twilio', 'email']);
    const whatsapp = body.providers.find((p) => p.provider === 'whatsapp');
    expect(whatsapp?.integrations.needs_reauth).toBeGreaterThanOrEqual(1);
    expect(whatsapp?.last_success_at).toBe(succeededAt);
    expect(whatsapp?.last_failure).toEqual({
      occurred_at: failedAt,
      code: failureCode,
      message: 'The access token was revoked',
    });
  });

  it('reports a failed webhook event as the latest failure when it is newer', async () => {
    const admin = await register(t.app);
    await seedIntegration(admin.organizationId, null);
    const at = new Date(Date.now() - 5_000).toISOString();
    await seedEvent(admin.organizationId, 'failed', at, 'lead not found');
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.json()).toMatchObject({
      integrations: [
        {
          provider: 'whatsapp',
          status: 'active',
          last_success_at: null,
          last_failure: {
            occurred_at: at,
            code: 'WEBHOOK_EVENT_FAILED',
            message: 'lead not found',
          },
        },
      ],
    });
  });
});

describe('GET /api/v1/health/detailed without OPS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('admits no operator token', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { authorization: `Bearer ${OPS_TOKEN}` },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/v1/health/detailed in full mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        OPS_TOKEN,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `test-${randomUUID()}`,
      },
      processJobs: false,
    });
  });
  afterAll(() => t.close());

  it('checks Redis and counts each queue', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { authorization: `Bearer ${OPS_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<DetailedHealthResponse>();
    expect(body.mode).toBe('full');
    expect(body.checks.redis.status).toBe('up');
    expect(body.queues.map((q) => q.name)).toEqual(['webhooks', 'default', 'low']);
    expect(body.queues[0]).toEqual({
      name: 'webhooks',
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
    });
  });
});
