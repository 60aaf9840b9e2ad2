import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '@loved/shared';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { METRICS_TOKEN, sampleValue, scrape } from '../../utils/metrics.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const LEAD_ROUTE = '/api/v1/leads/:id';

describe('GET /metrics', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN } });
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const get = (authorization?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization ? { authorization } : {},
    });

  it('answers the right bearer token with Prometheus text, outside /api/v1', async () => {
    const res = await get(`Bearer ${METRICS_TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.body).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(sampleValue(res.body, 'db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(sampleValue(res.body, 'db_pool_connections', { state: 'waiting' })).toBe(0);
    const prefixed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(prefixed.statusCode).toBe(404);
  });

  it('wants a bearer token (401) and the right one (403), as problem+json', async () => {
    for (const authorization of [undefined, `Basic ${METRICS_TOKEN}`, 'Bearer']) {
      const res = await get(authorization);
      expect({ authorization, status: res.statusCode }).toEqual({ authorization, status: 401 });
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    }
    // A user's access token is no metrics token.
    for (const token of [admin.access_token, `${METRICS_TOKEN}x`, METRICS_TOKEN.slice(0, -1)]) {
      const res = await get(`Bearer ${token}`);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ status: 403, code: 'METRICS_FORBIDDEN' });
    }
  });

  it('is left out of the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(document.paths).filter((path) => path.includes('metrics'))).toEqual([]);
  });

  it('times each request under its route template and status, never its raw URL', async () => {
    const lead = await createLead(t.app, admin);
    const labels = { method: 'GET', route: LEAD_ROUTE, status_code: '200' };
    const before = sampleValue(await scrape(t.app), 'http_request_duration_seconds_count', labels);

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode).toBe(200);
    const unknownPath = `/api/v1/no-such-route/${lead.id}`;
    expect((await t.app.inject({ method: 'GET', url: unknownPath })).statusCode).toBe(404);

    const text = await scrape(t.app);
    expect(sampleValue(text, 'http_request_duration_seconds_count', labels)).toBe(
      (before ?? 0) + 1,
    );
    expect(
      sampleValue(text, 'http_request_duration_seconds_count', {
        method: 'GET',
        route: 'unmatched',
        status_code: '404',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(lead.id);
    expect(text).not.toContain('no-such-route');
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('does not exist: 404 problem+json, whatever token is sent', async () => {
    for (const headers of [{}, { authorization: `Bearer ${METRICS_TOKEN}` }]) {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });
});
