import { Client } from 'pg';
import type { LeadResponse } from '@loved/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import {
  explainNodes,
  inTenantTransaction,
  type PlanNode,
} from '../communications/search-plan.helpers';

/** The shape of GET /leads?q= (first page, newest first): the `q` condition of LeadRepository. */
const LIST_SQL = `SELECT "lead"."id" FROM "leads" "lead"
  WHERE ("lead".id = ANY (ARRAY(SELECT s.id FROM app_search_lead_ids(app_current_org(), $1) AS s(id))))
  ORDER BY "lead"."created_at" DESC, "lead"."id" DESC LIMIT 51`;

// An agency the size of the benchmark's, so the planner weighs the trigram index against
// reading every lead of the organisation as it does in production (a few hundred leads are
// cheaper to filter one by one, and the plan would say nothing).
describe('lead search plans and scope', () => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  let app: Client;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await register(t.app), await register(t.app)];
    await adminQuery(
      `INSERT INTO leads (organization_id, name, email, stage, position)
       SELECT $1, 'Cliente ' || i, 'cliente' || i || '@exemplo.test', 'negociacao', 'p' || lpad(i::text, 6, '0')
         FROM generate_series(1, 20000) AS i`,
      [a.organizationId],
    );
    await adminQuery('ANALYZE leads');
    app = new Client({ connectionString: inject('appDatabaseUrl') });
    owner = new Client({ connectionString: inject('adminDatabaseUrl') });
    await Promise.all([app.connect(), owner.connect()]);
  });
  afterAll(async () => {
    await Promise.all([app.end(), owner.end()]);
    await t.close();
  });

  const ids = async (session: Session, q: string): Promise<string[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads?q=${encodeURIComponent(q)}`,
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: LeadResponse[] }>().items.map((l) => l.id);
  };

  it('reads leads by primary key as the application role, never scanning the table', async () => {
    const nodes = await inTenantTransaction(app, a.organizationId, () =>
      explainNodes(app, LIST_SQL, ['oliv']),
    );
    expect(nodes.some((n) => n['Function Name'] === 'app_search_lead_ids')).toBe(true);
    // By primary key: an index scan, or a bitmap over pk_leads when the planner expects many ids.
    const onLeads = nodes.filter((n) => n['Relation Name'] === 'leads');
    expect(
      onLeads.map((n) => n['Node Type']),
      JSON.stringify(nodes),
    ).not.toContain('Seq Scan');
    const indexes = nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : []));
    expect(indexes, JSON.stringify(nodes)).toEqual(['pk_leads']);
  });

  it('matches inside the trigram index with the organisation in the definer function', async () => {
    const { rows } = await owner.query<{ src: string }>(
      `SELECT prosrc AS src FROM pg_proc WHERE proname = 'app_search_lead_ids'`,
    );
    const statement = /^\s*BEGIN\s+RETURN QUERY\s+([\s\S]+?);\s*END\s*$/i.exec(
      rows[0]?.src ?? '',
    )?.[1];
    if (!statement) throw new Error('app_search_lead_ids is not one RETURN QUERY');
    // Planned as the function plans it (custom plans); sequential scans are off because a
    // test-sized table is rightly cheaper to scan.
    const nodes = await inTenantTransaction(
      owner,
      a.organizationId,
      async (): Promise<PlanNode[]> => {
        await owner.query('SET LOCAL plan_cache_mode = force_custom_plan');
        await owner.query('SET LOCAL enable_seqscan = off');
        await owner.query(`PREPARE lead_ids(uuid, text) AS ${statement}`);
        try {
          return await explainNodes(owner, `EXECUTE lead_ids('${a.organizationId}', 'oliv')`);
        } finally {
          await owner.query('DEALLOCATE lead_ids');
        }
      },
    );
    const gin = nodes.find((n) => n['Index Name'] === 'idx_leads_search');
    expect(gin?.['Node Type'], JSON.stringify(nodes)).toBe('Bitmap Index Scan');
    expect(gin?.['Index Cond']).toContain('organization_id =');
    expect(gin?.['Index Cond']).toContain('~~');
  });

  it("finds only the caller's organisation's leads, accents ignored, wildcards literal", async () => {
    const mine = await createLead(t.app, a, { name: 'Olívia Conceição', email: null, phone: null });
    const theirs = await createLead(t.app, b, {
      name: 'Olívia Conceição',
      email: null,
      phone: null,
    });
    const percent = await createLead(t.app, a, { name: 'Desconto 100% garantido', email: null });
    expect(await ids(a, 'olivia conceicao')).toEqual([mine.id]);
    expect(await ids(b, 'OLÍVIA')).toEqual([theirs.id]);
    expect(await ids(a, '100%')).toEqual([percent.id]);
    expect(await ids(a, '10_%')).toEqual([]);
  });
});
