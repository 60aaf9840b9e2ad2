// GET /pipeline (PipelineService.board): counts and totals per stage, then for each of the five
// stages its first 50 cards and their assignees — 11 statements one after another.
import { STAGES } from '../seed/generate-leads.mjs';
import { leadsPage } from './leads-list.mjs';

export async function pipelineSql(client, ctx) {
  await client.query(
    `SELECT "lead"."stage" AS "stage", count(*)::int AS "count", coalesce(sum("lead"."estimated_value_cents"::numeric), 0)::text AS "total" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 GROUP BY "lead"."stage"`,
    [ctx.orgId],
  );
  for (const stage of STAGES) await leadsPage(client, ctx.orgId, { stage });
}
