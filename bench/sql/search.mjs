// GET /communications/search?q= (CommunicationSearchService.search) as it runs today: the
// document expression of idx_communications_search matched with @@, ranked over every match,
// headlines, then the page's messages by id.
import { COMMUNICATION_SELECT } from './columns.mjs';

const DOCUMENT = `(to_tsvector('portuguese', coalesce(c.subject, '') || ' ' || c.content) || to_tsvector('pt_unaccent', coalesce(c.subject, '') || ' ' || c.content))`;

export const SEARCH_SQL = `SELECT c.id, c.lead_id, l.name AS lead_name,
       ts_rank(${DOCUMENT}, q.query) AS rank,
       ts_headline('portuguese', coalesce(c.subject, '') || ' ' || c.content, q.query,
                   'StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=8, MaxFragments=2') AS snippet
  FROM communications c
  JOIN leads l ON l.organization_id = c.organization_id AND l.id = c.lead_id,
       LATERAL (SELECT websearch_to_tsquery('portuguese', $2) || websearch_to_tsquery('pt_unaccent', $2) AS query) q
 WHERE c.organization_id = $1
   AND ${DOCUMENT} @@ q.query
 ORDER BY rank DESC, c.sent_at DESC, c.id
 LIMIT $3 OFFSET $4`;

export async function searchSql(client, ctx) {
  const { rows } = await client.query(SEARCH_SQL, [ctx.orgId, ctx.q, 51, 0]);
  const ids = rows.slice(0, 50).map((r) => r.id);
  if (!ids.length) return;
  const list = ids.map((_, i) => `$${i + 1}`).join(', ');
  await client.query(
    `SELECT ${COMMUNICATION_SELECT} FROM "communications" "c" WHERE (("c"."id" IN (${list})) AND ("c"."organization_id" = $${ids.length + 1}))`,
    [...ids, ctx.orgId],
  );
}
