import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiKeyResponse,
  LeadResponse,
  ListEnvelope,
  ProblemDetails,
  TimelineItem,
} from '@loved/shared';
import { makeLead } from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { createApiKey, withApiKey } from '../../utils/api-key.helpers';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('organisation API keys', () => {
  let t: TestApp;
  let admin: Session;
  let other: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    other = await register(t.app);
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url, headers });

  describe('issuing, listing and revoking (admins)', () => {
    it('shows the secret once and keeps only its prefix afterwards', async () => {
      const key = await createApiKey(t.app, admin, { name: 'Site', scopes: ['leads:read'] });
      expect(key.secret).toMatch(/^lcrm_[A-Za-z0-9_-]{43}$/);
      expect(key.secret.startsWith(key.prefix)).toBe(true);
      expect(key.prefix).toHaveLength(13);
      expect(key).toMatchObject({
        name: 'Site',
        scopes: ['leads:read'],
        created_by: { id: admin.user.id, name: admin.user.name },
        last_used_at: null,
        expires_at: null,
      });

      const list = await get('/api/v1/api-keys', asMember(admin, admin.organizationId));
      expect(list.statusCode).toBe(200);
      const listed = list.json<ListEnvelope<ApiKeyResponse>>().items.find((k) => k.id === key.id);
      expect(listed).toMatchObject({ id: key.id, prefix: key.prefix, scopes: ['leads:read'] });
      expect(list.body).not.toContain(key.secret);
      const [stored] = await adminQuery<{ secret_hash: string }>(
        'SELECT secret_hash FROM api_keys WHERE id = $1',
        [key.id],
      );
      expect(stored?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored?.secret_hash).not.toContain(key.secret.slice(5));
    });

    it('refuses unknown scopes, an empty scope list and a past expiry', async () => {
      const headers = asMember(admin, admin.organizationId);
      for (const payload of [
        { name: 'x', scopes: ['leads:admin'] },
        { name: 'x', scopes: [] },
        { name: '', scopes: ['leads:read'] },
      ]) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/api-keys',
          headers,
          payload,
        });
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const past = await t.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers,
        payload: { name: 'x', scopes: ['leads:read'], expires_at: '2020-01-01T00:00:00Z' },
      });
      expect(past.statusCode).toBe(422);
      expect(past.json<ProblemDetails>().code).toBe('API_KEY_EXPIRY_IN_PAST');
    });

    it('lets only admins manage keys, and never a key itself', async () => {
      const manager = await addMember(t.app, admin, 'manager');
      const asManager = await get('/api/v1/api-keys', asMember(manager, admin.organizationId));
      expect(asManager.statusCode).toBe(403);
      const key = await createApiKey(t.app, admin);
      const asKey = await get('/api/v1/api-keys', withApiKey(key));
      expect(asKey.statusCode).toBe(403);
      expect(asKey.json<ProblemDetails>().code).toBe('API_KEY_ROUTE_NOT_ALLOWED');
    });

    it("does not let another organisation's admin revoke a key (404)", async () => {
      const key = await createApiKey(t.app, admin);
      const res = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${key.id}`,
        headers: asMember(other, other.organizationId),
      });
      expect(res.statusCode).toBe(404);
      expect((await get('/api/v1/leads', withApiKey(key))).statusCode).toBe(200);
    });
  });

  describe('authenticating as the key', () => {
    it('reads and writes leads within its scopes, recorded as made by the key', async () => {
      const key = await createApiKey(t.app, admin, {
        name: 'Formulário do site',
        scopes: ['leads:read', 'leads:write', 'communications:write'],
      });
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: withApiKey(key),
        payload: makeLead({ name: 'Lead do formulário' }),
      });
      expect(created.statusCode).toBe(201);
      const lead = created.json<LeadResponse>();
      const note = await t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${lead.id}/notes`,
        headers: withApiKey(key),
        payload: { content: 'Veio pelo site' },
      });
      expect(note.statusCode).toBe(201);

      const read = await get(`/api/v1/leads/${lead.id}`, withApiKey(key));
      expect(read.statusCode).toBe(200);
      const timeline = await get(
        `/api/v1/communications/timeline/${lead.id}`,
        asMember(admin, admin.organizationId),
      );
      const items = timeline.json<ListEnvelope<TimelineItem>>().items;
      const byKey = { id: key.id, name: 'Formulário do site', type: 'api_key' };
      expect(items.find((i) => i.type === 'system' && i.event === 'created')).toMatchObject({
        actor: byKey,
      });
      expect(items.find((i) => i.type === 'communication')).toMatchObject({
        author: byKey,
        communication: { author_user_id: null, author_api_key_id: key.id },
      });
      const [row] = await adminQuery<{ created_by_api_key_id: string; created_by_user_id: null }>(
        'SELECT created_by_api_key_id, created_by_user_id FROM leads WHERE id = $1',
        [lead.id],
      );
      expect(row).toEqual({ created_by_api_key_id: key.id, created_by_user_id: null });
    });

    it('answers 403 outside its scopes and on routes no scope opens', async () => {
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
      const lead = await createLead(t.app, admin);
      const write = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads',
        headers: withApiKey(key),
        payload: makeLead(),
      });
      expect(write.statusCode).toBe(403);
      expect(write.json<ProblemDetails>().code).toBe('API_KEY_SCOPE_MISSING');
      const timeline = await get(`/api/v1/communications/timeline/${lead.id}`, withApiKey(key));
      expect(timeline.json<ProblemDetails>().code).toBe('API_KEY_SCOPE_MISSING');
      for (const url of ['/api/v1/members', '/api/v1/me', '/api/v1/analytics/funnel']) {
        const res = await get(url, withApiKey(key));
        expect(res.statusCode, url).toBe(403);
        expect(res.json<ProblemDetails>().code, url).toBe('API_KEY_ROUTE_NOT_ALLOWED');
      }
    });

    it('refuses an X-Org-Id naming another organisation (403) and accepts its own', async () => {
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
      const wrong = await get('/api/v1/leads', {
        ...withApiKey(key),
        'x-org-id': other.organizationId,
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json<ProblemDetails>().code).toBe('API_KEY_WRONG_ORGANIZATION');
      const own = await get('/api/v1/leads', {
        ...withApiKey(key),
        'x-org-id': admin.organizationId,
      });
      expect(own.statusCode).toBe(200);
    });

    it("sees only its organisation's leads", async () => {
      const theirs = await createLead(t.app, other, { name: 'Lead da outra agência' });
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read', 'leads:write'] });
      expect((await get(`/api/v1/leads/${theirs.id}`, withApiKey(key))).statusCode).toBe(404);
      const patch = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/leads/${theirs.id}`,
        headers: withApiKey(key),
        payload: { name: 'Roubado', version: theirs.version },
      });
      expect(patch.statusCode).toBe(404);
      const list = await get('/api/v1/leads?limit=100', withApiKey(key));
      expect(list.body).not.toContain(theirs.id);
    });

    it('fails on the next request once revoked, and once expired', async () => {
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
      expect((await get('/api/v1/leads', withApiKey(key))).statusCode).toBe(200);
      const revoke = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/api-keys/${key.id}`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(revoke.statusCode).toBe(204);
      const after = await get('/api/v1/leads', withApiKey(key));
      expect(after.statusCode).toBe(401);
      expect(after.headers['content-type']).toContain('application/problem+json');
      const list = await get('/api/v1/api-keys', asMember(admin, admin.organizationId));
      expect(list.body).not.toContain(key.id);

      const expiring = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
      await adminQuery(
        `UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [expiring.id],
      );
      expect((await get('/api/v1/leads', withApiKey(expiring))).statusCode).toBe(401);
      expect(
        (await get('/api/v1/leads', withApiKey({ secret: `${key.secret}x` }))).statusCode,
      ).toBe(401);
    });

    it('marks the key used', async () => {
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
      await get('/api/v1/leads', withApiKey(key));
      const list = await get('/api/v1/api-keys', asMember(admin, admin.organizationId));
      const listed = list.json<ListEnvelope<ApiKeyResponse>>().items.find((k) => k.id === key.id);
      expect(listed?.last_used_at).not.toBeNull();
    });

    it('creates one lead for the same Idempotency-Key sent twice', async () => {
      const key = await createApiKey(t.app, admin, { scopes: ['leads:read', 'leads:write'] });
      const payload = makeLead({ name: 'Lead idempotente da integração' });
      const send = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/leads',
          headers: { ...withApiKey(key), 'idempotency-key': 'form-submission-42' },
          payload,
        });
      const first = await send();
      const second = await send();
      expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json<LeadResponse>().id).toBe(first.json<LeadResponse>().id);
      const [count] = await adminQuery<{ n: number }>(
        'SELECT count(*)::int AS n FROM leads WHERE organization_id = $1 AND name = $2',
        [admin.organizationId, payload.name],
      );
      expect(count?.n).toBe(1);
    });
  });
});

describe('API key rate limit', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ env: { API_KEY_RATE_LIMIT_PER_MINUTE: '3' } });
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('counts per key with RateLimit headers, then answers 429 with Retry-After', async () => {
    const key = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
    const other = await createApiKey(t.app, admin, { scopes: ['leads:read'] });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/leads',
        headers: withApiKey(key),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const over = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads',
      headers: withApiKey(key),
    });
    expect(over.statusCode).toBe(429);
    expect(over.json<ProblemDetails>().code).toBe('API_KEY_RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(over.headers['ratelimit-remaining']).toBe('0');
    const fresh = await t.app.inject({
      method: 'GET',
      url: '/api/v1/leads',
      headers: withApiKey(other),
    });
    expect(fresh.statusCode).toBe(200);
  });
});
