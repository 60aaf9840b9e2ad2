// POST /leads/:id/move (LeadMoveService.move + LeadPositionService) as the API runs it: the
// lead's current column and the target column locked in board order in one statement, the lead
// FOR UPDATE, the neighbour and the adjacent key, a new key — or, when a key would pass 24
// characters, a window of rows around the spot locked and rekeyed in one UPDATE of `position`
// only —
// then TypeORM's save (reload + UPDATE … version + 1), the stage_changed event and the assignee.
import { STAGES } from '../seed/generate-leads.mjs';
import { LEAD_SELECT, requireLead, usersByIds } from './columns.mjs';
import {
  POSITION_REBALANCE_LENGTH,
  POSITION_SHORT_LENGTH,
  positionBetween,
  positionsAvoiding,
  positionsBetween,
} from './position-key.mjs';

const adjacentSql = (withFrom) =>
  `SELECT "lead"."position" AS "position" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."stage" = $2${withFrom ? ' AND "lead"."position" > $4' : ''} AND "lead"."id" <> $3 ORDER BY "lead"."position" ASC LIMIT 1`;

const REKEY_RADIUS = 16;

async function positionAtDistance(client, orgId, stage, from, direction, offset, movingId) {
  const { rows } = await client.query(
    `SELECT "lead"."position" AS "position" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."stage" = $2 AND "lead"."position" ${direction === 'next' ? '>=' : '<='} $3 AND "lead"."id" <> $4 ORDER BY "lead"."position" ${direction === 'next' ? 'ASC' : 'DESC'} LIMIT 1 OFFSET ${offset}`,
    [orgId, stage, from, movingId],
  );
  return rows[0]?.position ?? null;
}

async function rekey(client, orgId, stage, lowBound, highBound, low, movingId) {
  const params = [orgId, stage];
  let range = '';
  if (lowBound !== null) range += ` AND "lead"."position" > $${params.push(lowBound)}`;
  if (highBound !== null) range += ` AND "lead"."position" < $${params.push(highBound)}`;
  const { rows: locked } = await client.query(
    `SELECT "lead"."organization_id", "lead"."id", "lead"."position" FROM "leads" "lead" WHERE "lead"."organization_id" = $1 AND "lead"."stage" = $2${range} ORDER BY "lead"."position" ASC FOR UPDATE`,
    params,
  );
  const rows = locked.filter((row) => row.id !== movingId);
  const insertAt = low === null ? 0 : rows.filter((row) => row.position <= low).length;
  const keys = positionsAvoiding(
    lowBound,
    highBound,
    rows.length + 1,
    new Set(locked.filter((row) => row.id === movingId).map((row) => row.position)),
  );
  const changed = rows
    .map((row, index) => ({
      id: row.id,
      old: row.position,
      position: keys[index < insertAt ? index : index + 1],
    }))
    .filter((row) => row.position !== row.old);
  if (changed.length > 0) {
    await client.query(
      `UPDATE "leads" SET "position" = (CAST($1 AS text[]))[array_position(CAST($2 AS uuid[]), "id")], "version" = "version", "updated_at" = "updated_at" WHERE "organization_id" = $3 AND ("id" = ANY(CAST($2 AS uuid[])) AND "stage" = $4)`,
      [changed.map((row) => row.position), changed.map((row) => row.id), orgId, stage],
    );
  }
  return keys[insertAt];
}

async function rekeyAround(client, orgId, stage, low, high, movingId) {
  for (let radius = REKEY_RADIUS; ; radius *= 2) {
    const lowBound =
      low === null
        ? null
        : await positionAtDistance(client, orgId, stage, low, 'previous', radius, movingId);
    const highBound =
      high === null
        ? null
        : await positionAtDistance(client, orgId, stage, high, 'next', radius, movingId);
    const fits = positionsBetween(lowBound, highBound, radius * 2 + 1).every(
      (key) => key.length <= POSITION_SHORT_LENGTH,
    );
    if (fits || (lowBound === null && highBound === null))
      return rekey(client, orgId, stage, lowBound, highBound, low, movingId);
  }
}

/** Moves `leadId` to `stage`, right after `afterId` or (without it) to the top. */
export async function moveLead(client, ctx, { leadId, stage, afterId }) {
  await client.query(
    `SELECT pg_advisory_xact_lock(hashtextextended($1 || s.stage, 0))
       FROM unnest($2::text[]) AS s(stage)
      WHERE s.stage = $3
         OR s.stage = (SELECT lead.stage FROM leads lead WHERE lead.organization_id = $4 AND lead.id = $5)`,
    [`leads-column:${ctx.orgId}:`, STAGES, stage, ctx.orgId, leadId],
  );
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
    position = await rekeyAround(client, ctx.orgId, stage, low, high, leadId);
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
