// GET /pipeline (PipelineService.board): counts and totals per stage (index-only scan of
// idx_leads_board), the first 50 cards of all five columns in one statement (a LATERAL per
// stage over uq_leads_position, rows loaded by primary key), then their assignees in one lookup.
import { STAGES } from '../seed/generate-leads.mjs';
import { LEAD_SELECT, usersByIds } from './columns.mjs';

export async function pipelineSql(client, ctx, limit = 50) {
  await client.query(
    `SELECT "lead"."stage" AS "stage", count(*)::int AS "count", coalesce(sum(lead.estimated_value_cents::numeric), 0)::text AS "total" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 GROUP BY "lead"."stage"`,
    [ctx.orgId],
  );
  const { rows } = await client.query(
    `SELECT ${LEAD_SELECT} FROM "leads" "lead" WHERE ( "lead"."id" IN (SELECT card_id FROM unnest($2::varchar[]) AS board(stage) CROSS JOIN LATERAL (SELECT "card"."id" AS "card_id" FROM "leads" "card" WHERE ( "card"."stage" = board.stage ) AND ( "card"."organization_id" = $1 ) ORDER BY "card"."position" ASC, "card_id" ASC LIMIT ${limit + 1}) AS first_cards) ) AND ( "lead"."organization_id" = $1 ) ORDER BY "lead"."stage" ASC, "lead"."position" ASC, "lead"."id" ASC`,
    [ctx.orgId, STAGES],
  );
  await usersByIds(
    client,
    rows.map((r) => r.assigned_user_id),
  );
}
