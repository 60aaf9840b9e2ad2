// GET /communications/timeline/:leadId (TimelineService.page): the lead check, the UNION of
// messages and lead events ordered and limited outside the union, then the page's messages by
// id (and the lead's events and actors when the page shows system items).
import { COMMUNICATION_SELECT, requireLead, usersByIds } from './columns.mjs';

export const TIMELINE_PAGE_SQL = (withCursor) => `SELECT t.kind, t.id, t.occurred_at FROM (
   SELECT 'communication' AS kind, c.id, c.sent_at AS occurred_at
     FROM communications c WHERE c.organization_id = $1 AND c.lead_id = $2
   UNION ALL SELECT 'system', e.id, e.created_at FROM lead_events e WHERE e.organization_id = $1 AND e.lead_id = $2
 ) t ${withCursor ? 'WHERE (t.occurred_at, t.id) < ($4::timestamptz, $5::uuid)' : ''}
 ORDER BY t.occurred_at DESC, t.id DESC
 LIMIT $3`;

/** One page; `cursor` is [occurredAt, id] as the API's keyset cursor decodes. */
export async function timelinePage(client, orgId, leadId, cursor, limit = 50) {
  await requireLead(client, orgId, leadId);
  const params = [orgId, leadId, limit + 1, ...(cursor ?? [])];
  const { rows } = await client.query(TIMELINE_PAGE_SQL(Boolean(cursor)), params);
  const page = rows.slice(0, limit);
  const ids = page.filter((r) => r.kind === 'communication').map((r) => r.id);
  if (ids.length) {
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    await client.query(
      `SELECT ${COMMUNICATION_SELECT} FROM "communications" "c" WHERE (("c"."id" IN (${list})) AND ("c"."organization_id" = $${ids.length + 1}))`,
      [...ids, orgId],
    );
  }
  if (page.some((r) => r.kind === 'system')) {
    const { rows: events } = await client.query(
      `SELECT * FROM "lead_events" "e" WHERE "e"."lead_id" = $1 AND "e"."organization_id" = $2 ORDER BY "e"."created_at" ASC, "e"."id" ASC`,
      [leadId, orgId],
    );
    await usersByIds(
      client,
      events.map((e) => e.actor_user_id),
    );
  }
  const last = page.at(-1);
  return rows.length > limit && last ? [last.occurred_at.toISOString(), last.id] : null;
}

export const timelineSql = (client, ctx, i = 0) =>
  timelinePage(client, ctx.orgId, ctx.leadIds[i % ctx.leadIds.length], ctx.cursor);
