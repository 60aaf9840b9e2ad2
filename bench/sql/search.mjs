// GET /communications/search?q= (CommunicationSearchService.search) as it runs: the definer
// function app_search_communications picks the newest 1,000 matches inside the indexes, their
// rows are read by primary key under RLS and ranked on the stored search_vector, headlines for
// the page only; then the page's messages by id. Mirrors utils/communication-search-query.util.ts.
import { COMMUNICATION_SELECT } from './columns.mjs';

const CANDIDATES = 1000;

export const SEARCH_SQL = `SELECT r.id, r.lead_id, l.name AS lead_name, r.rank,
       ts_headline('portuguese', coalesce(r.subject, '') || ' ' || r.content, r.query,
                   'StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=8, MaxFragments=2') AS snippet
  FROM (SELECT c.organization_id, c.id, c.lead_id, c.subject, c.content, c.sent_at, q.query,
               ts_rank(c.search_vector, q.query) AS rank
          FROM communications c,
               LATERAL (SELECT websearch_to_tsquery('portuguese', $2) || websearch_to_tsquery('pt_unaccent', $2) AS query) q
         WHERE c.organization_id = $1
           AND c.id = ANY (ARRAY(SELECT s.id FROM app_search_communications($1, $2, $3, $4, $5) AS s(id)))
         ORDER BY rank DESC, c.sent_at DESC, c.id
         LIMIT $6 OFFSET $7) r
  JOIN leads l ON l.organization_id = r.organization_id AND l.id = r.lead_id
 ORDER BY r.rank DESC, r.sent_at DESC, r.id`;

export async function searchSql(client, ctx) {
  const { rows } = await client.query(SEARCH_SQL, [
    ctx.orgId,
    ctx.q,
    CANDIDATES,
    false,
    null,
    51,
    0,
  ]);
  const ids = rows.slice(0, 50).map((r) => r.id);
  if (!ids.length) return;
  const list = ids.map((_, i) => `$${i + 1}`).join(', ');
  await client.query(
    `SELECT ${COMMUNICATION_SELECT} FROM "communications" "c" WHERE (("c"."id" IN (${list})) AND ("c"."organization_id" = $${ids.length + 1}))`,
    [...ids, ctx.orgId],
  );
}
