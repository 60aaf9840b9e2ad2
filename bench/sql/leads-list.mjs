// LeadsService.list / filteredLeads as the API runs them today: the tenant filter, optional
// stage and `q` (ids from the definer function app_search_lead_ids, which matches inside the
// trigram index; then read by primary key under RLS), keyset order, then the assignees.
import { LEAD_SELECT, usersByIds } from './columns.mjs';

const Q_FILTER = `"lead".id = ANY (ARRAY(SELECT s.id FROM app_search_lead_ids($1, $2) AS s(id)))`;

export async function leadsPage(client, orgId, { stage, q, limit = 50 }) {
  const sort = stage
    ? `"lead"."position" ASC, "lead"."id" ASC`
    : `"lead"."created_at" DESC, "lead"."id" DESC`;
  const where = stage ? `"lead"."stage" = $2` : Q_FILTER;
  const { rows } = await client.query(
    `SELECT ${LEAD_SELECT} FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND ${where} ORDER BY ${sort} LIMIT ${limit + 1}`,
    [orgId, stage ?? q],
  );
  await usersByIds(
    client,
    rows.map((r) => r.assigned_user_id),
  );
  return rows;
}

/** GET /leads?q=… (first page, newest first). */
export async function leadsQSql(client, ctx) {
  await leadsPage(client, ctx.orgId, { q: ctx.q });
}
