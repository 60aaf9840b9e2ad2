/** Markers no message contains; replaced by <mark> after the snippet is HTML-escaped. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

/** One hit of a search page: the message id, its lead, its rank and the raw snippet. */
export type CommunicationSearchRow = {
  id: string;
  lead_id: string;
  lead_name: string;
  rank: number;
  snippet: string;
};

export type CommunicationSearchInput = {
  organizationId: string;
  q: string;
  /** How many of the newest matches are ranked. */
  candidates: number;
  /** Agents see the communications of leads assigned to them or to no one. */
  agent: { userId: string | undefined } | null;
  take: number;
  offset: number;
};

/**
 * The search page's SQL. `app_search_communications` (SECURITY DEFINER, see the migration
 * `1796200000000-search-at-scale`) picks the newest matches inside idx_communications_search,
 * which the planner cannot do under RLS; only their ids come back, and the rows are read
 * here through the policy by primary key. Ranking reads the stored vector of those candidates
 * only, and headlines are computed for the page's rows only.
 */
export function communicationSearchQuery(input: CommunicationSearchInput): {
  sql: string;
  params: unknown[];
} {
  const sql = `SELECT r.id, r.lead_id, l.name AS lead_name, r.rank,
       ts_headline('portuguese', coalesce(r.subject, '') || ' ' || r.content, r.query,
                   'StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=8, MaxFragments=2') AS snippet
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
  return {
    sql,
    params: [
      input.organizationId,
      input.q,
      input.candidates,
      input.agent !== null,
      input.agent?.userId ?? null,
      input.take,
      input.offset,
    ],
  };
}
