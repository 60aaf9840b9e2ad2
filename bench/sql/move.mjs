// POST /leads/:id/move (LeadMoveService.move + LeadPositionService) as it runs today: column
// advisory lock, the lead FOR UPDATE, the neighbour and the adjacent key, a new key — or, when
// keys got longer than 24 characters, the whole column renumbered row by row in two passes —
// then TypeORM's save (reload + UPDATE … version + 1), the stage_changed event and the assignee.
import { LEAD_SELECT, requireLead, usersByIds } from './columns.mjs';
import {
  POSITION_REBALANCE_LENGTH,
  evenlySpacedPositions,
  positionBetween,
} from './position-key.mjs';

const adjacentSql = (withFrom) =>
  `SELECT "lead"."position" AS "position" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."stage" = $2${withFrom ? ' AND "lead"."position" > $4' : ''} AND "lead"."id" <> $3 ORDER BY "lead"."position" ASC LIMIT 1`;

async function rebalance(client, orgId, stage, low, movingId) {
  const { rows: column } = await client.query(
    `SELECT "lead"."id", "lead"."position" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."stage" = $2 AND "lead"."id" <> $3 ORDER BY "lead"."position" ASC`,
    [orgId, stage, movingId],
  );
  const insertAt = low === null ? 0 : column.filter((lead) => lead.position <= low).length;
  const keys = evenlySpacedPositions(column.length + 1);
  const update = `UPDATE "leads" SET "position" = $1, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE ("organization_id" = $2 AND "id" = $3)`;
  await client.query(update, [`~~${movingId}`, orgId, movingId]);
  for (const prefix of ['~', '']) {
    for (const [index, lead] of column.entries())
      await client.query(update, [
        `${prefix}${keys[index < insertAt ? index : index + 1]}`,
        orgId,
        lead.id,
      ]);
  }
  return keys[insertAt];
}

/** Moves `leadId` to `stage`, right after `afterId` or (without it) to the top. */
export async function moveLead(client, ctx, { leadId, stage, afterId }) {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `leads-column:${ctx.orgId}:${stage}`,
  ]);
  const lead = await requireLead(client, ctx.orgId, leadId, true);
  let low = null;
  let high;
  if (afterId) {
    const after = (
      await client.query(
        `SELECT ${LEAD_SELECT} FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."id" = $2 LIMIT 1`,
        [ctx.orgId, afterId],
      )
    ).rows[0];
    low = after.position;
    high =
      (await client.query(adjacentSql(true), [ctx.orgId, stage, leadId, low])).rows[0]?.position ??
      null;
  } else {
    high =
      (await client.query(adjacentSql(false), [ctx.orgId, stage, leadId])).rows[0]?.position ??
      null;
  }
  let position = positionBetween(low, high);
  if (position.length > POSITION_REBALANCE_LENGTH)
    position = await rebalance(client, ctx.orgId, stage, low, leadId);
  await requireLead(client, ctx.orgId, leadId);
  // Leaving `fechado` clears the outcome (LeadsService.applyOutcome), in the same UPDATE.
  const clearsOutcome = stage !== 'fechado' && lead.outcome !== null;
  await client.query(
    `UPDATE "leads" SET "stage" = $1, "position" = $2${clearsOutcome ? ', "outcome" = NULL, "lost_reason" = NULL' : ''}, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE (("organization_id" = $3 AND "id" = $4)) RETURNING "version", "updated_at"`,
    [stage, position, ctx.orgId, leadId],
  );
  const events = [];
  if (lead.stage !== stage) events.push(['stage_changed', lead.stage, stage]);
  if (clearsOutcome) events.push(['outcome_set', lead.outcome, null]);
  for (const [type, from, to] of events) {
    await client.query(
      `INSERT INTO "lead_events"("organization_id", "id", "lead_id", "type", "actor_user_id", "from_value", "to_value", "created_at") VALUES ($1, DEFAULT, $2, $3, $4, $5, $6, DEFAULT) RETURNING "id", "created_at"`,
      [ctx.orgId, leadId, type, ctx.userId, from, to],
    );
  }
  await usersByIds(client, [lead.assigned_user_id]);
}
