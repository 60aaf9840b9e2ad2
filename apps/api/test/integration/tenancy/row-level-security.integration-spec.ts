import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { withRlsProbe } from './rls-probe.module';

describe('row-level security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ wrapRootModule: withRlsProbe });
  });
  afterAll(() => t.close());

  it("shows an unscoped SELECT on the request's connection only the current organisation's rows", async () => {
    const a = await register(t.app);
    const b = await register(t.app);
    const [{ count }] = (await adminQuery<{ count: string }>(
      'SELECT count(DISTINCT organization_id) FROM memberships',
    )) as [{ count: string }];
    expect(Number(count)).toBeGreaterThanOrEqual(2);

    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/test-rls-probe',
      headers: asMember(a, a.organizationId),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      memberships: [a.organizationId],
      organizations: [a.organizationId],
    });
    expect(res.body).not.toContain(b.organizationId);
  });

  describe('connected as the application role', () => {
    let client: Client;
    beforeAll(async () => {
      client = new Client({ connectionString: inject('appDatabaseUrl') });
      await client.connect();
    });
    afterAll(() => client.end());

    it('sees no tenant rows without an organisation set', async () => {
      await register(t.app);
      const { rows } = await client.query('SELECT count(*)::int AS n FROM memberships');
      expect(rows[0].n).toBe(0);
    });

    it('cannot write a row for another organisation than the one set', async () => {
      const a = await register(t.app);
      const b = await register(t.app);
      await client.query('BEGIN');
      try {
        await client.query("SELECT set_config('app.org_id', $1, true)", [a.organizationId]);
        await expect(
          client.query(
            "INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'admin')",
            [b.organizationId, a.user.id],
          ),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await client.query('ROLLBACK');
      }
    });

    it('keeps the organisation setting inside its transaction', async () => {
      const a = await register(t.app);
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.org_id', $1, true)", [a.organizationId]);
      const inside = await client.query('SELECT count(*)::int AS n FROM memberships');
      await client.query('COMMIT');
      const after = await client.query('SELECT count(*)::int AS n FROM memberships');
      expect(inside.rows[0].n).toBe(1);
      expect(after.rows[0].n).toBe(0);
    });
  });
});
