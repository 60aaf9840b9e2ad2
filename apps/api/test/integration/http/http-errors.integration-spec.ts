import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { withHttpProbe } from './http-probe.module';

const JSON_HEADERS = { 'content-type': 'application/json' };
const valid = { name: 'Ana', score: 3, contact: { email: 'ana@example.com' } };

describe('HTTP layer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ wrapRootModule: withHttpProbe });
  });
  afterAll(() => t.close());

  it('accepts a valid body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe',
      headers: JSON_HEADERS,
      payload: valid,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual(valid);
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe',
      headers: JSON_HEADERS,
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_BODY', title: 'Bad Request' });
  });

  it('refuses an unknown field and reports each invalid field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe',
      headers: JSON_HEADERS,
      payload: { ...valid, score: 99, contact: { email: 'nope' }, admin: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json<{ code: string; errors: Array<{ field: string; message: string }> }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e) => e.field).sort()).toEqual(['admin', 'contact.email', 'score']);
  });

  it('answers a 10 MB body with 413 problem and logs the request id', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe',
      headers: { ...JSON_HEADERS, 'x-request-id': 'big-body-1' },
      payload: JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    const line = t.logs.find(
      (l) =>
        l.reqId === 'big-body-1' &&
        (l.res as { statusCode?: number } | undefined)?.statusCode === 413,
    );
    expect(line).toBeDefined();
  });

  it('answers an unsupported content type with 415 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe',
      headers: { 'content-type': 'application/xml' },
      payload: '<probe/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 404, instance: '/api/v1/no-such-thing' });
  });

  it('hides the cause of an unexpected error behind a generic 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/test-probe/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('at ');
    expect(res.json()).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
  });

  it('echoes an acceptable X-Request-Id and generates one otherwise', async () => {
    const kept = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { 'x-request-id': 'bad id\nforged' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('adds the request id to lines logged inside the request', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/test-probe/boom',
      headers: { 'x-request-id': 'ctx-42' },
    });
    const errorLine = t.logs.find(
      (l) => l.reqId === 'ctx-42' && l.context === 'ProblemDetailsFilter',
    );
    expect(errorLine).toBeDefined();
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
