// Loading 1,000,000 rows into indexed tables maintains every index row by row; dropping the
// secondary indexes of `communications` and building them once afterwards is several times
// faster. Their definitions are read from pg_indexes first, so whatever the current migrations
// declare (a new index added by a fix, say) is rebuilt exactly.

/** Non-primary-key indexes of `table`: [{ name, definition }]. */
export async function secondaryIndexes(client, table) {
  const { rows } = await client.query(
    `SELECT i.indexname AS name, i.indexdef AS definition
       FROM pg_indexes i
       JOIN pg_class c ON c.relname = i.indexname
       JOIN pg_index x ON x.indexrelid = c.oid
      WHERE i.schemaname = 'public' AND i.tablename = $1
        AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
      ORDER BY i.indexname`,
    [table],
  );
  return rows;
}

export async function dropIndexes(client, indexes) {
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
}

/**
 * Rebuilds `indexes` over `connections` sessions at once (CREATE INDEX takes a SHARE lock,
 * which other CREATE INDEX statements share), the slowest (GIN) first.
 */
export async function createIndexes(connect, indexes, connections = 2) {
  const queue = [...indexes].sort(
    (a, b) => Number(/USING gin/i.test(b.definition)) - Number(/USING gin/i.test(a.definition)),
  );
  const timings = {};
  await Promise.all(
    Array.from({ length: Math.min(connections, queue.length) }, async () => {
      const client = await connect();
      try {
        await client.query("SET maintenance_work_mem = '1GB'");
        await client.query('SET max_parallel_maintenance_workers = 1');
        for (let index = queue.shift(); index; index = queue.shift()) {
          const started = Date.now();
          await client.query(index.definition);
          timings[index.name] = (Date.now() - started) / 1000;
        }
      } finally {
        await client.end();
      }
    }),
  );
  return timings;
}
