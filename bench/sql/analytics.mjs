// GET /analytics/* (modules/analytics): the period statement of AnalyticsPeriodService, then
// each report's one statement, as the services send them (owner filter left out: the admin
// sees everyone). Keep in step with apps/api/src/modules/analytics/reports/*.ts.
import { STAGES } from '../seed/generate-leads.mjs';

const DEFAULT_DAYS_BACK = 29;

/** AnalyticsPeriodService.resolve: the organisation's time zone and the period as instants. */
export async function analyticsPeriod(client, ctx, from, to) {
  const { rows } = await client.query(
    `WITH o AS (
         SELECT time_zone, coalesce($3::date, (now() AT TIME ZONE time_zone)::date) AS to_date
           FROM organizations WHERE id = $1
       ), p AS (
         SELECT time_zone, to_date, coalesce($2::date, to_date - $4::int) AS from_date FROM o
       )
       SELECT time_zone, from_date::text AS "from", to_date::text AS "to",
              from_date::timestamp AT TIME ZONE time_zone AS start_at,
              (to_date + 1)::timestamp AT TIME ZONE time_zone AS end_at,
              set_config('jit', 'off', true) AS jit
         FROM p`,
    [ctx.orgId, from, to, DEFAULT_DAYS_BACK],
  );
  return { start: rows[0].start_at, end: rows[0].end_at };
}

export const ANALYTICS_SQL = {
  funnel: (client, ctx, p) =>
    client.query(
      `SELECT greatest(array_position($4::text[], l.stage::text),
                       (SELECT max(array_position($4::text[], e.to_value))
                          FROM lead_events e
                         WHERE e.organization_id = l.organization_id AND e.lead_id = l.id
                           AND e.type IN ('created', 'stage_changed'))) AS top,
              l.outcome IS NOT DISTINCT FROM 'won' AS won,
              count(*)::int AS count
         FROM leads l
        WHERE l.organization_id = $1 AND l.created_at >= $2 AND l.created_at < $3
        GROUP BY 1, 2`,
      [ctx.orgId, p.start, p.end, STAGES],
    ),
  'pipeline-value': (client, ctx) =>
    client.query(
      `SELECT g.by_stage, g.stage, g.owner_id, u.name AS owner_name, g.count, g.cents
         FROM (SELECT GROUPING(l.stage) = 0 AS by_stage, l.stage, l.assigned_user_id AS owner_id,
                      count(*)::int AS count,
                      coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents
                 FROM leads l
                WHERE l.organization_id = $1 AND l.outcome IS NULL
                GROUP BY GROUPING SETS ((l.stage), (l.assigned_user_id))) g
         LEFT JOIN users u ON u.id = g.owner_id AND NOT g.by_stage
        ORDER BY g.cents::numeric DESC, g.count DESC, u.name, g.owner_id`,
      [ctx.orgId],
    ),
  'win-rate': (client, ctx, p) =>
    client.query(
      `SELECT l.outcome, count(*)::int AS count,
              coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents,
              round(avg(extract(epoch FROM l.closed_at - l.created_at)) / 86400, 1)::text AS cycle_days
         FROM leads l
        WHERE l.organization_id = $1 AND l.closed_at >= $2 AND l.closed_at < $3
          AND l.outcome IS NOT NULL
        GROUP BY l.outcome`,
      [ctx.orgId, p.start, p.end],
    ),
  'lost-reasons': (client, ctx, p) =>
    client.query(
      `SELECT l.outcome, CASE WHEN l.outcome = 'lost' THEN coalesce(l.lost_reason, '') ELSE '' END AS reason,
              count(*)::int AS count,
              coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents
         FROM leads l
        WHERE l.organization_id = $1 AND l.closed_at >= $2 AND l.closed_at < $3
          AND l.outcome IS NOT NULL
        GROUP BY 1, 2
        ORDER BY count(*) DESC, sum(l.estimated_value_cents::numeric) DESC NULLS LAST, 2`,
      [ctx.orgId, p.start, p.end],
    ),
  activities: (client, ctx, p) =>
    client.query(
      `SELECT r.user_id, u.name, sum(r.done)::int AS done, sum(r.overdue_open)::int AS overdue_open
         FROM (SELECT a.assigned_user_id AS user_id, count(*) AS done, 0 AS overdue_open
                 FROM activities a
                WHERE a.organization_id = $1 AND a.done_at >= $2 AND a.done_at < $3
                GROUP BY 1
               UNION ALL
               SELECT a.assigned_user_id, 0, count(*)
                 FROM activities a
                WHERE a.organization_id = $1 AND a.done_at IS NULL AND a.due_at < now()
                GROUP BY 1) r
         LEFT JOIN users u ON u.id = r.user_id
        GROUP BY r.user_id, u.name
        ORDER BY sum(r.done) DESC, sum(r.overdue_open) DESC, u.name NULLS LAST, r.user_id`,
      [ctx.orgId, p.start, p.end],
    ),
  'first-response': (client, ctx, p) =>
    client.query(
      `WITH openers AS (
         SELECT c.channel, c.sent_at, reply.sent_at AS replied_at, reply.author_user_id
           FROM communications c
           LEFT JOIN LATERAL (
             SELECT r.sent_at, r.author_user_id FROM communications r
              WHERE r.organization_id = c.organization_id AND r.lead_id = c.lead_id
                AND r.channel = c.channel AND r.channel <> 'note' AND r.direction = 'outbound'
                AND (r.sent_at, r.id) > (c.sent_at, c.id)
              ORDER BY r.sent_at, r.id LIMIT 1) reply ON true
          WHERE c.organization_id = $1 AND c.sent_at >= $2 AND c.sent_at < $3
            AND c.direction = 'inbound' AND c.channel <> 'note'
            AND coalesce((SELECT p.direction FROM communications p
                           WHERE p.organization_id = c.organization_id AND p.lead_id = c.lead_id
                             AND p.channel = c.channel AND p.channel <> 'note'
                             AND p.direction IN ('inbound', 'outbound')
                             AND (p.sent_at, p.id) < (c.sent_at, c.id)
                           ORDER BY p.sent_at DESC, p.id DESC LIMIT 1), 'outbound') = 'outbound'
       ), replies AS (
         SELECT author_user_id, channel, extract(epoch FROM replied_at - sent_at) AS seconds
           FROM openers WHERE replied_at IS NOT NULL
       ), per_agent AS (
         SELECT author_user_id, channel, count(*)::int AS replied, avg(seconds) AS average,
                array_agg(seconds ORDER BY seconds) AS sorted
           FROM replies GROUP BY author_user_id, channel
       )
       SELECT a.author_user_id AS agent_id, u.name AS agent_name, a.channel, a.replied,
              round(a.average)::text AS average_seconds,
              round((a.sorted[(a.replied + 1) / 2] + a.sorted[(a.replied + 2) / 2]) / 2)::text AS median_seconds,
              0 AS unanswered
         FROM per_agent a LEFT JOIN users u ON u.id = a.author_user_id
       UNION ALL
       SELECT NULL, NULL, NULL, 0, NULL, NULL, count(*)::int FROM openers WHERE replied_at IS NULL
       ORDER BY agent_name NULLS LAST, agent_id, channel`,
      [ctx.orgId, p.start, p.end],
    ),
};

/** One request's statements: the period, then the report. */
export async function analyticsSql(client, ctx, report, from, to) {
  const period = await analyticsPeriod(client, ctx, from, to);
  await ANALYTICS_SQL[report](client, ctx, period);
}
