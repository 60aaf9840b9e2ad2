// GET /communications/timeline/:leadId (TimelineService.page): the lead check, then one
// statement whose two branches (messages, lead events) each carry the keyset condition, ORDER BY
// and LIMIT and return whole rows (merge append over both indexes, no second lookup); the
// actors of the page's system items in one lookup when it shows any.
import { requireLead, usersByIds } from './columns.mjs';

// Mirrors apps/api/src/modules/communications/utils/timeline-query.util.ts (no channel filter).
export const TIMELINE_PAGE_SQL = (
  withCursor,
) => `SELECT t.* FROM ((SELECT 'communication' AS kind, c.id, c.sent_at AS occurred_at,
      c.organization_id, c.lead_id, c.channel, c.direction, c.content, c.subject, c.metadata,
      c.attachments, c.external_id, c.status, c.author_user_id, c.created_at, c.updated_at,
      NULL::varchar AS event_type, NULL::uuid AS actor_user_id, NULL::text AS from_value,
      NULL::text AS to_value
    FROM communications c
    WHERE c.organization_id = $1 AND c.lead_id = $2
      ${withCursor ? 'AND (c.sent_at, c.id) < ($4::timestamptz, $5::uuid)' : ''}
    ORDER BY c.sent_at DESC, c.id DESC LIMIT $3) UNION ALL (SELECT 'system', e.id, e.created_at, e.organization_id, e.lead_id, NULL, NULL,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, e.created_at, NULL, e.type, e.actor_user_id,
      e.from_value, e.to_value
    FROM lead_events e
    WHERE e.organization_id = $1 AND e.lead_id = $2
      ${withCursor ? 'AND (e.created_at, e.id) < ($4::timestamptz, $5::uuid)' : ''}
    ORDER BY e.created_at DESC, e.id DESC LIMIT $3)) t
      ORDER BY t.occurred_at DESC, t.id DESC LIMIT $3`;

/** One page; `cursor` is [occurredAt, id] as the API's keyset cursor decodes. */
export async function timelinePage(client, orgId, leadId, cursor, limit = 50) {
  await requireLead(client, orgId, leadId);
  const params = [orgId, leadId, limit + 1, ...(cursor ?? [])];
  const { rows } = await client.query(TIMELINE_PAGE_SQL(Boolean(cursor)), params);
  const page = rows.slice(0, limit);
  await usersByIds(
    client,
    page.filter((r) => r.kind === 'system').map((r) => r.actor_user_id),
  );
  const last = page.at(-1);
  return rows.length > limit && last ? [last.occurred_at.toISOString(), last.id] : null;
}

export const timelineSql = (client, ctx, i = 0) =>
  timelinePage(client, ctx.orgId, ctx.leadIds[i % ctx.leadIds.length], ctx.cursor);
