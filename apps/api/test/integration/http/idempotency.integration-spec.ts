import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LeadResponse } from '@loved/shared';
import { makeLead } from '@loved/testing';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * `Idempotency-Key` on tenant POSTs: a retry gets the first answer instead of acting twice, the
 * answer is stored in the same transaction as the change, and parallel twins are serialised.
 */
describe('idempotent writes (Idempotency-Key)', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const postLead = (session: Session, key: string | undefined, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: {
        ...asMember(session, session.organizationId),
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      payload,
    });
  const leadsNamed = async (session: Session, name: string): Promise<number> => {
    const [row] = await adminQuery<{ count: string }>(
      'SELECT count(*) FROM leads WHERE organization_id = $1 AND name = $2',
      [session.organizationId, name],
    );
    return Number(row?.count);
  };

  it('acts once for a key used twice and replays the first answer', async () => {
    const key = randomUUID();
    const lead = makeLead();
    const first = await postLead(admin, key, lead);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const second = await postLead(admin, key, lead);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await leadsNamed(admin, lead.name)).toBe(1);
  });

  it('treats a body that differs only in key order as the same request', async () => {
    const key = randomUUID();
    const lead = makeLead();
    const first = await postLead(admin, key, lead);
    const reordered = Object.fromEntries(Object.entries(lead).reverse());
    const second = await postLead(admin, key, reordered);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json<LeadResponse>().id).toBe(first.json<LeadResponse>().id);
    expect(await leadsNamed(admin, lead.name)).toBe(1);
  });

  it('refuses the same key for a different request with 422', async () => {
    const key = randomUUID();
    const lead = makeLead();
    expect((await postLead(admin, key, lead)).statusCode).toBe(201);
    const other = makeLead();
    const res = await postLead(admin, key, other);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await leadsNamed(admin, other.name)).toBe(0);
  });

  it('creates one lead for parallel requests with one key, all answering that lead', async () => {
    const key = randomUUID();
    // Without the duplicate check, only the key can keep the twins from creating two leads.
    const lead = makeLead({ allow_duplicate: true });
    // Holding back inserts into leads makes the twins overlap for sure: without the key's lock
    // each would look the key up, find nothing, and wait here to create its own lead.
    const gate = new Client({ connectionString: inject('adminDatabaseUrl') });
    await gate.connect();
    let answers: Array<Awaited<ReturnType<typeof postLead>>>;
    try {
      await gate.query('BEGIN');
      await gate.query('LOCK TABLE leads IN SHARE ROW EXCLUSIVE MODE');
      const pending = Promise.all([1, 2, 3, 4].map(() => postLead(admin, key, lead)));
      await waitForLockWaiters(gate, 1);
      // The others may still be on their way (or queued behind the first): give them time.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await gate.query('COMMIT');
      answers = await pending;
    } finally {
      await gate.end();
    }
    const bodies = answers.map((a) => a.body).join('\n');
    expect(
      answers.map((a) => a.statusCode),
      bodies,
    ).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json<LeadResponse>().id)).size, bodies).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await leadsNamed(admin, lead.name)).toBe(1);
  });

  it("acts independently for another organisation's user with the same key", async () => {
    const other = await register(t.app);
    const key = randomUUID();
    const lead = makeLead();
    const mine = await postLead(admin, key, lead);
    const theirs = await postLead(other, key, lead);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json<LeadResponse>().id).not.toBe(mine.json<LeadResponse>().id);
    expect(await leadsNamed(admin, lead.name)).toBe(1);
    expect(await leadsNamed(other, lead.name)).toBe(1);
  });

  it.each([
    ['too long', 'k'.repeat(256)],
    ['a space', 'two words'],
    ['non-ASCII', 'chave-única'],
  ])('refuses a key with %s with 400 naming the header', async (_label, key) => {
    const lead = makeLead();
    const res = await postLead(admin, key, lead);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'INVALID_IDEMPOTENCY_KEY',
      errors: [expect.objectContaining({ field: 'Idempotency-Key' })],
    });
    expect(await leadsNamed(admin, lead.name)).toBe(0);
  });

  it('does not keep a failed answer: the corrected retry with the same key acts', async () => {
    const key = randomUUID();
    const lead = makeLead();
    const refused = await postLead(admin, key, { ...lead, email: 'not-an-email' });
    expect(refused.statusCode, refused.body).toBe(400);
    const fixed = await postLead(admin, key, lead);
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(await leadsNamed(admin, lead.name)).toBe(1);
  });

  it('acts again once the stored answer is older than 24 hours', async () => {
    const key = randomUUID();
    // The second creation is deliberate, so the duplicate check must not refuse it.
    const lead = makeLead({ allow_duplicate: true });
    const first = await postLead(admin, key, lead);
    expect(first.statusCode).toBe(201);
    await adminQuery(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours'
        WHERE organization_id = $1 AND key = $2`,
      [admin.organizationId, key],
    );
    const again = await postLead(admin, key, lead);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json<LeadResponse>().id).not.toBe(first.json<LeadResponse>().id);
    expect(await leadsNamed(admin, lead.name)).toBe(2);
    // The new answer replaced the old one and is replayed from now on.
    const third = await postLead(admin, key, lead);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(third.json<LeadResponse>().id).toBe(again.json<LeadResponse>().id);
  });

  it('offers the header on tenant POSTs in the OpenAPI document, not on public ones', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    type Operation = { parameters?: Array<{ name: string; in: string }> };
    const paths = res.json<{ paths: Record<string, { post?: Operation }> }>().paths;
    const offers = (path: string): boolean =>
      (paths[path]?.post?.parameters ?? []).some(
        (p) => p.in === 'header' && p.name === 'Idempotency-Key',
      );
    expect(offers('/api/v1/leads')).toBe(true);
    expect(offers('/api/v1/auth/login')).toBe(false);
  });
});

/** Waits until `count` sessions of this database wait on a lock (the twins are all in flight). */
async function waitForLockWaiters(client: Client, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await client.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} requests reached the database`);
}
