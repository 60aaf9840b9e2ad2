import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';
import { register, type Session } from '../../utils/identity.helpers';
import { countSqlStatements, type SqlStatementCounter } from '../../utils/sql-statement-counter';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { explainNodes, inTenantTransaction } from '../communications/search-plan.helpers';
import { getReport } from './analytics.helpers';

// March 2026 in São Paulo (UTC−3): the instants the period statement hands to each report.
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const START = '2026-03-01T03:00:00Z';
const END = '2026-04-01T03:00:00Z';

/**
 * The plans the indexes of `1797200000000-analytics-indexes` exist for, on enough rows that the
 * planner weighs them as in production: the statements are the ones the API sends (recorded
 * below TypeORM), explained as the application role under RLS.
 */
describe('analytics plans', () => {
  let t: TestApp;
  let a: Session;
  let sql: SqlStatementCounter;
  let app: Client;

  beforeAll(async () => {
    t = await createTestApp();
    sql = countSqlStatements(t.app);
    a = await register(t.app);
    const org = a.organizationId;
    await adminQuery(
      `INSERT INTO leads (organization_id, name, stage, position)
       SELECT $1, 'Lead ' || i, 'contato', 'p' || lpad(i::text, 6, '0') FROM generate_series(1, 500) AS i`,
      [org],
    );
    // 30,000 messages over 2026 on 500 leads: three channels and notes, both directions.
    await adminQuery(
      `INSERT INTO communications (organization_id, lead_id, channel, direction, content, sent_at)
       SELECT $1, l.ids[1 + i % 500],
              (ARRAY['whatsapp', 'email', 'voip', 'note'])[1 + i % 4],
              CASE WHEN i % 4 = 3 THEN 'internal' WHEN i % 3 = 0 THEN 'outbound' ELSE 'inbound' END,
              'Olá', '2026-01-01T00:00:00Z'::timestamptz + make_interval(mins => i * 15)
         FROM generate_series(1, 30000) AS i,
              (SELECT array_agg(id) AS ids FROM leads WHERE organization_id = $1) AS l`,
      [org],
    );
    await adminQuery(
      `INSERT INTO activities (organization_id, lead_id, type, subject, due_at, done_at)
       SELECT $1, l.ids[1 + i % 500], 'call', 'Ligar',
              '2026-01-01T00:00:00Z'::timestamptz + make_interval(hours => i),
              CASE WHEN i % 10 <> 0 THEN '2026-01-01T00:00:00Z'::timestamptz + make_interval(hours => i + 1) END
         FROM generate_series(1, 20000) AS i,
              (SELECT array_agg(id) AS ids FROM leads WHERE organization_id = $1) AS l`,
      [org],
    );
    await adminQuery('VACUUM ANALYZE communications');
    await adminQuery('VACUUM ANALYZE activities');
    app = new Client({ connectionString: inject('appDatabaseUrl') });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await t.close();
  });

  /** The report's own statement, as the API sent it for March. */
  async function reportStatement(report: string, marker: string): Promise<string> {
    sql.reset();
    const { status } = await getReport(t.app, a, report, MARCH);
    expect(status).toBe(200);
    const statement = sql.statements.find((s) => s.includes(marker));
    if (!statement) throw new Error(`no statement with ${marker} in ${sql.statements.join('\n')}`);
    return statement;
  }

  it('answers first response with index-only probes of idx_communications_conversation', async () => {
    const statement = await reportStatement('first-response', 'WITH openers');
    const nodes = await inTenantTransaction(app, a.organizationId, () =>
      explainNodes(app, statement, [a.organizationId, START, END]),
    );
    const probes = nodes.filter(
      (n) =>
        n['Index Name'] === 'idx_communications_conversation' &&
        n['Node Type'] === 'Index Only Scan',
    );
    // The message before each candidate and the reply after it: two probes at least.
    expect(probes.length).toBeGreaterThanOrEqual(2);
    expect(
      nodes.filter((n) => n['Relation Name'] === 'communications' && n['Node Type'] === 'Seq Scan'),
    ).toEqual([]);
  });

  it('counts open overdue activities from idx_activities_open_due, not a scan of all', async () => {
    const statement = await reportStatement('activities', 'FROM activities a');
    const nodes = await inTenantTransaction(app, a.organizationId, () =>
      explainNodes(app, statement, [a.organizationId, START, END]),
    );
    expect(nodes.some((n) => n['Index Name'] === 'idx_activities_open_due')).toBe(true);
    expect(
      nodes.filter((n) => n['Relation Name'] === 'activities' && n['Node Type'] === 'Seq Scan'),
    ).toEqual([]);
  });

  it('turns JIT off for the report, in the same round trip as the period', async () => {
    const period = (await reportStatement('win-rate', 'AT TIME ZONE')).replace(/\s+/g, ' ');
    expect(period).toContain("set_config('jit', 'off', true)");
  });
});
