import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldError, ProblemDetails } from '@loved/shared';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Problem = ProblemDetails & { errors: FieldError[] };

describe('bad input answers 400 with coded field errors', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const send = async (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = asMember(admin, admin.organizationId),
  ): Promise<{ status: number; contentType: string; body: Problem }> => {
    const res = await t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return {
      status: res.statusCode,
      contentType: String(res.headers['content-type']),
      body: res.json<Problem>(),
    };
  };

  it.each(['name', 'tags', 'priority', 'stage'])(
    'refuses null for %s on PATCH /leads/:id instead of failing in the database',
    async (field) => {
      const lead = await createLead(t.app, admin);
      const res = await send('PATCH', `/leads/${lead.id}`, {
        version: lead.version,
        [field]: null,
      });
      expect(res.status).toBe(400);
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e) => e.field)).toContain(field);
    },
  );

  it('still clears a nullable field with null on PATCH', async () => {
    const lead = await createLead(t.app, admin, { source: 'Instagram' });
    const res = await send('PATCH', `/leads/${lead.id}`, { version: lead.version, source: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: null });
  });

  it('refuses null for the name of an organisation', async () => {
    const res = await send('PATCH', '/organizations/current', { name: null });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ field: 'name', code: 'isDefined' }),
    );
  });

  it('caps estimated_value_cents at 10^15 and says so in params', async () => {
    const res = await send('POST', '/leads', { name: 'Big', estimated_value_cents: 1e300 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({
      field: 'estimated_value_cents',
      code: 'max',
      params: { max: 1e15 },
      message: 'estimated_value_cents must not be greater than 1000000000000000',
    });
  });

  it('takes the largest decimal value, which stays under the cap', async () => {
    const lead = await createLead(t.app, admin, { estimated_value: '9999999999999.99' });
    expect(lead.estimated_value_cents).toBe(999_999_999_999_999);
  });

  it('reports the length limit of a field as code and params', async () => {
    const res = await send('POST', '/leads', { name: 'x'.repeat(201) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ field: 'name', code: 'maxLength', params: { max: 200 } }),
    );
  });

  it('refuses a NUL character in a body field, naming its path', async () => {
    const res = await send('POST', '/leads', { name: 'Ana', tags: ['ok', 'b\u0000d'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'tags.1', code: 'safeText' }),
    ]);
  });

  it('refuses a NUL character in a query string', async () => {
    const res = await send('GET', '/leads?q=a%00b');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'q', code: 'safeText' })]);
  });

  it('refuses a NUL character in a path parameter', async () => {
    const res = await send('GET', '/leads/%00');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'safeText' })]);
  });

  it.each([
    ['a malformed percent-escape', '/leads/%E0%A4%A', 400, 'MALFORMED_URL'],
    ['a path parameter over the router limit', `/leads/${'x'.repeat(200)}`, 414, 'URI_TOO_LONG'],
  ])('answers %s with a problem, not the router default', async (_case, url, status, code) => {
    const res = await send('GET', url);
    expect(res.status).toBe(status);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
  });

  it('refuses a NUL character on a public route too', async () => {
    const res = await send(
      'POST',
      '/auth/login',
      { email: 'a@b.co', password: 'x\u0000' },
      { 'content-type': 'application/json' },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'password', code: 'safeText' }),
    ]);
  });

  it('refuses a lone surrogate, on which the e-mail validator would throw', async () => {
    const res = await send(
      'POST',
      '/auth/login',
      { email: '\uD800', password: 'x' },
      { 'content-type': 'application/json' },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'email', code: 'safeText' }),
    ]);
  });

  it('refuses a body nested past any real request', async () => {
    const depth = 5_000;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: { ...asMember(admin, admin.organizationId), 'content-type': 'application/json' },
      payload: `{"name":"Ana","tags":${'['.repeat(depth)}"x"${']'.repeat(depth)}}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors[0]).toMatchObject({ code: 'maxDepth' });
  });

  it('refuses a call dated where JavaScript or PostgreSQL cannot hold it', async () => {
    const lead = await createLead(t.app, admin);
    const res = await send('POST', `/leads/${lead.id}/calls`, {
      direction: 'outbound',
      duration_seconds: 10,
      outcome: 'completed',
      occurred_at: '+275761-01-01T00:00:00Z',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'occurred_at', code: 'isDateTime' }),
    ]);
  });

  it.each(['junk', 'x'.repeat(2000), '00000000-0000-0000-0000-00000000000g'])(
    'answers a junk X-Org-Id (%s) with a 400 problem',
    async (orgId) => {
      const res = await send('GET', '/leads', undefined, {
        ...asMember(admin, admin.organizationId),
        'x-org-id': orgId,
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_ORGANIZATION_HEADER');
    },
  );

  it('documents code and params of field errors in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const schemas = res.json<{
      components: { schemas: Record<string, { required?: string[]; properties: object }> };
    }>().components.schemas;
    const fieldError = schemas.FieldErrorDto;
    expect(fieldError?.required).toEqual(expect.arrayContaining(['field', 'code', 'message']));
    expect(Object.keys(fieldError?.properties ?? {})).toEqual(
      expect.arrayContaining(['field', 'code', 'params', 'message']),
    );
  });
});
