// Moves change the board (stages, positions, versions, events). To keep runs repeatable, the
// org's board is saved before a move case and put back afterwards (as the owner, in one
// transaction), then vacuumed, so every move case and every later run starts from the seed.
import { withClient } from './database.mjs';

export async function saveBoard(ownerUrl, orgId) {
  return withClient(ownerUrl, async (client) => {
    await client.query('DROP TABLE IF EXISTS bench_board_snapshot');
    await client.query(
      `CREATE TABLE bench_board_snapshot AS
         SELECT id, stage, position, version, updated_at, outcome, lost_reason
           FROM leads WHERE organization_id = $1`,
      [orgId],
    );
    await client.query('REVOKE ALL ON bench_board_snapshot FROM PUBLIC');
    const { rows } = await client.query('SELECT clock_timestamp() AS at');
    return { orgId, at: rows[0].at };
  });
}

/** Puts the board back; answers how many leads and events the case had changed. */
export async function restoreBoard(ownerUrl, snapshot) {
  return withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    // Park changed rows on unique temporary keys first: restoring one by one could collide
    // with a position another changed row still holds.
    const changed = await client.query(
      `UPDATE leads l SET position = '~' || l.id::text
         FROM bench_board_snapshot s
        WHERE l.organization_id = $1 AND l.id = s.id
          AND (l.stage, l.position, l.version) IS DISTINCT FROM (s.stage, s.position, s.version)`,
      [snapshot.orgId],
    );
    await client.query(
      `UPDATE leads l SET stage = s.stage, position = s.position, version = s.version,
              updated_at = s.updated_at, outcome = s.outcome, lost_reason = s.lost_reason
         FROM bench_board_snapshot s
        WHERE l.organization_id = $1 AND l.id = s.id AND l.position LIKE '~%'`,
      [snapshot.orgId],
    );
    const events = await client.query(
      'DELETE FROM lead_events WHERE organization_id = $1 AND created_at >= $2',
      [snapshot.orgId, snapshot.at],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE) leads, lead_events');
    return { leads: changed.rowCount, events: events.rowCount };
  });
}
