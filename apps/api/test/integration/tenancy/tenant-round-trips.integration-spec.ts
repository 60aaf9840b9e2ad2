import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { asMember, register } from '../../utils/identity.helpers';
import { countSqlStatements, type SqlStatementCounter } from '../../utils/sql-statement-counter';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Settings = { org: string; usr: string };
const READ_SETTINGS =
  "SELECT current_setting('app.org_id', true) AS org, current_setting('app.user_id', true) AS usr";

/** What a tenant request costs in round trips, and that cutting them kept the settings right. */
describe('tenant transaction round trips', () => {
  let t: TestApp;
  let counter: SqlStatementCounter;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false });
    counter = countSqlStatements(t.app);
  });
  afterAll(() => t.close());

  it('opens the transaction and sets both RLS settings in one statement', async () => {
    const admin = await register(t.app);
    const request = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/organizations/current',
        headers: asMember(admin, admin.organizationId),
      });
    expect((await request()).statusCode).toBe(200); // warms the membership cache

    counter.reset();
    const res = await request();

    expect(res.statusCode).toBe(200);
    const [begin, ...rest] = counter.statements;
    expect(begin).toMatch(
      /^START TRANSACTION; SELECT set_config\('app\.org_id', .*\), set_config\('app\.user_id', .*\)$/,
    );
    expect(begin).toContain(admin.organizationId);
    expect(begin).toContain(admin.user.id);
    // The organisation's read, then COMMIT: three round trips in all.
    expect(rest).toHaveLength(2);
    expect(rest.at(-1)).toBe('COMMIT');
  });

  it('applies the settings exactly, whatever characters they hold', async () => {
    const tenant = t.app.get(TenantContextService);
    const organizationId = '5b0e8f0e-3f5a-4c3e-9a51-0d1f2e3c4b5a';
    const userId = "o'brien\\'; SELECT 1; --";

    const settings = await tenant.run({ organizationId, userId }, async () => {
      const [row] = await tenant.manager.query<Settings[]>(READ_SETTINGS);
      return row;
    });

    expect(settings).toEqual({ org: organizationId, usr: userId });
  });

  it('leaves no setting on the pooled connection after the transaction', async () => {
    const tenant = t.app.get(TenantContextService);
    await tenant.run({ organizationId: '5b0e8f0e-3f5a-4c3e-9a51-0d1f2e3c4b5a' }, async () => {
      await tenant.manager.query('SELECT 1');
    });
    const [row] = await t.app
      .get(TenantContextService)
      .runAsUser(undefined, async () => tenant.manager.query<Settings[]>(READ_SETTINGS));
    expect(row).toEqual({ org: '', usr: '' });
  });

  it('rolls back and frees the connection when the work fails', async () => {
    const tenant = t.app.get(TenantContextService);
    const fail = tenant.run(
      { organizationId: '5b0e8f0e-3f5a-4c3e-9a51-0d1f2e3c4b5a' },
      async () => {
        await tenant.manager.query('SELECT 1/0');
      },
    );
    await expect(fail).rejects.toThrow(/division by zero/);
    counter.reset();
    const ok = await tenant.run({ organizationId: '5b0e8f0e-3f5a-4c3e-9a51-0d1f2e3c4b5a' }, () =>
      tenant.manager.query<Array<{ one: number }>>('SELECT 1 AS one'),
    );
    expect(ok).toEqual([{ one: 1 }]);
    expect(counter.statements.at(-1)).toBe('COMMIT');
  });
});

describe('statement timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false, env: { DATABASE_STATEMENT_TIMEOUT_MS: '300' } });
  });
  afterAll(() => t.close());

  it('cancels a runaway statement and keeps the connection usable', async () => {
    const tenant = t.app.get(TenantContextService);
    const organizationId = '5b0e8f0e-3f5a-4c3e-9a51-0d1f2e3c4b5a';
    const started = Date.now();

    const slow = tenant.run({ organizationId }, () => tenant.manager.query('SELECT pg_sleep(5)'));

    await expect(slow).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(3000);
    const [row] = await tenant.run({ organizationId }, () =>
      tenant.manager.query<Array<{ timeout: string }>>(
        "SELECT current_setting('statement_timeout') AS timeout",
      ),
    );
    expect(row).toEqual({ timeout: '300ms' });
  });
});
