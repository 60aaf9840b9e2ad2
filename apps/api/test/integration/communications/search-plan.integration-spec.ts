import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_CANDIDATES } from '../../../src/modules/communications/communication-search.constant';
import { communicationSearchQuery } from '../../../src/modules/communications/utils/communication-search-query.util';
import { adminQuery } from '../../utils/admin-query';
import { register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { explainNodes, inTenantTransaction, type PlanNode } from './search-plan.helpers';

/** Messages seeded by SQL, so the planner faces a table where an index matters. */
const MESSAGES = 6000;

describe('communication search plans', () => {
  let t: TestApp;
  let admin: Session;
  let app: Client;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    const lead = await createLead(t.app, admin);
    await adminQuery(
      `INSERT INTO communications (organization_id, lead_id, channel, direction, content, sent_at)
       SELECT $1, $2, 'note', 'internal',
              CASE WHEN i % 6 = 0 THEN 'proposta enviada ao cliente ' || i
                   WHEN i % 1500 = 1 THEN 'pediu jabuticaba na entrega ' || i
                   ELSE 'acompanhamento de rotina número ' || i END,
              now() - i * interval '1 minute'
         FROM generate_series(1, $3::int) AS i`,
      [admin.organizationId, lead.id, MESSAGES],
    );
    await adminQuery('ANALYZE communications');
    await adminQuery('ANALYZE leads');
    app = new Client({ connectionString: inject('appDatabaseUrl') });
    owner = new Client({ connectionString: inject('adminDatabaseUrl') });
    await Promise.all([app.connect(), owner.connect()]);
  });
  afterAll(async () => {
    await Promise.all([app.end(), owner.end()]);
    await t.close();
  });

  const serviceQuery = (q: string): { sql: string; params: unknown[] } =>
    communicationSearchQuery({
      organizationId: admin.organizationId,
      q,
      candidates: SEARCH_CANDIDATES,
      agent: null,
      take: 51,
      offset: 0,
    });

  /** The statement of the definer function, as stored: what it runs as its owner. */
  const functionStatement = async (): Promise<string> => {
    const { rows } = await owner.query<{ src: string }>(
      `SELECT prosrc AS src FROM pg_proc WHERE proname = 'app_search_communications'`,
    );
    const body = /^\s*BEGIN\s+RETURN QUERY\s+([\s\S]+?);\s*END\s*$/i.exec(rows[0]?.src ?? '');
    if (!body?.[1]) throw new Error('app_search_communications is not one RETURN QUERY');
    return body[1];
  };

  /**
   * EXPLAIN of the function's statement with these arguments, planned as the function plans it
   * (custom plans). On a test-sized table a sequential scan is rightly cheaper, so it is
   * switched off: the question is whether the index can resolve the organisation and the match
   * at all, which is what Row-Level Security prevents (the last case). Plans at scale are in
   * the report.
   */
  const explainFunction = async (client: Client, q: string): Promise<PlanNode[]> => {
    const statement = await functionStatement();
    return inTenantTransaction(client, admin.organizationId, async () => {
      await client.query('SET LOCAL plan_cache_mode = force_custom_plan');
      await client.query('SET LOCAL enable_seqscan = off');
      await client.query(
        `PREPARE search_candidates(uuid, text, int, boolean, uuid) AS ${statement}`,
      );
      try {
        return await explainNodes(
          client,
          `EXECUTE search_candidates('${admin.organizationId}', ${client.escapeLiteral(q)}, ${SEARCH_CANDIDATES}, false, NULL)`,
        );
      } finally {
        await client.query('DEALLOCATE search_candidates');
      }
    });
  };

  it('runs the service SQL as the application role without scanning communications', async () => {
    for (const q of ['jabuticaba', 'proposta', 'paralelepípedo']) {
      const { sql, params } = serviceQuery(q);
      const nodes = await inTenantTransaction(app, admin.organizationId, () =>
        explainNodes(app, sql, params),
      );
      expect(nodes.some((n) => n['Function Name'] === 'app_search_communications')).toBe(true);
      const onCommunications = nodes.filter((n) => n['Relation Name'] === 'communications');
      expect(onCommunications.map((n) => n['Node Type'])).toEqual(['Index Scan']);
      expect(onCommunications[0]?.['Index Name']).toBe('pk_communications');
    }
  });

  it('resolves the organisation and the match inside the GIN index in the definer function', async () => {
    const nodes = await explainFunction(owner, 'jabuticaba');
    const gin = nodes.find((n) => n['Index Name'] === 'idx_communications_search');
    expect(gin?.['Node Type']).toBe('Bitmap Index Scan');
    expect(gin?.['Index Cond']).toContain('organization_id =');
    expect(gin?.['Index Cond']).toContain('search_vector @@');
    expect(nodes.some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
  });

  it('finds a common word through an index too', async () => {
    const nodes = await explainFunction(owner, 'proposta');
    expect(nodes.some((n) => n['Node Type'] === 'Seq Scan')).toBe(false);
    expect(
      nodes.some(
        (n) =>
          n['Index Name'] === 'idx_communications_sent' ||
          n['Index Name'] === 'idx_communications_search',
      ),
    ).toBe(true);
  });

  it('could not use the index for the match as the application role (why the function exists)', async () => {
    const nodes = await explainFunction(app, 'jabuticaba');
    const conditions = nodes.map((n) => n['Index Cond'] ?? '').join(' ');
    expect(conditions).not.toContain('search_vector @@');
  });

  it("answers nothing for another organisation than the transaction's", async () => {
    const other = await register(t.app);
    const count = (organizationId: string): Promise<number> =>
      inTenantTransaction(app, admin.organizationId, async () => {
        const { rows } = await app.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM app_search_communications($1, 'jabuticaba', 1000, false, NULL)`,
          [organizationId],
        );
        return rows[0]?.n ?? -1;
      });
    expect(await count(admin.organizationId)).toBeGreaterThan(0);
    expect(await count(other.organizationId)).toBe(0);
  });
});
