// The database ceiling of a scenario: its statements run straight through `pg` by N clients
// for S seconds, as the application role (RLS on, settings set per transaction exactly as
// TenantContextService does) or as the owner (a superuser: RLS bypassed). The gap between the
// two is the cost of RLS; the gap to the HTTP figure is the cost of the API around the SQL.
import pg from 'pg';

const SET_CONTEXT =
  "SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)";

/**
 * `work(client, i)` runs one request's statements; `tenant` ({orgId, userId}) switches RLS
 * settings on. Answers transactions per second and the median transaction time.
 */
export async function runSqlCeiling({ connectionString, clients, seconds, tenant, work }) {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString, application_name: 'loved-bench-ceiling' });
      await client.connect();
      // A runaway statement must not outlive the measurement by much.
      await client.query(`SET statement_timeout = ${(seconds + 2) * 1000}`);
      return client;
    }),
  );
  const latencies = [];
  let errors = 0;
  let sequence = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      connections.map(async (client) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            await client.query('BEGIN');
            if (tenant) await client.query(SET_CONTEXT, [tenant.orgId, tenant.userId]);
            await work(client, sequence++);
            await client.query('COMMIT');
            latencies.push(performance.now() - t0);
          } catch (error) {
            // A statement cut by statement_timeout after the deadline is the tail of the
            // measurement, not an error of the scenario.
            const tail = error.code === '57014' && performance.now() >= deadline;
            if (!tail) errors += 1;
            await client.query('ROLLBACK').catch(() => undefined);
            if (errors === 1 && !tail) process.stderr.write(`  sql error: ${error.message}\n`);
          }
        }
      }),
    );
  } finally {
    await Promise.all(connections.map((c) => c.end().catch(() => undefined)));
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    tps: latencies.length / elapsed,
    completed: latencies.length,
    errors,
    p50: latencies.length ? latencies[Math.floor(latencies.length / 2)] : null,
    seconds: elapsed,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement `work` runs, as the app role inside a
 * transaction with the tenant settings (rolled back: moves must not stick). */
export async function explainWork({ connectionString, tenant, work }) {
  const client = new pg.Client({ connectionString, application_name: 'loved-bench-explain' });
  await client.connect();
  const plans = [];
  const explaining = {
    query: async (text, values) => {
      const isRead =
        /^\s*(SELECT|WITH|UPDATE|INSERT|DELETE)/i.test(text) && !/pg_advisory/i.test(text);
      if (!isRead) return client.query(text, values);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      plans.push({
        sql: text.replace(/\s+/g, ' ').trim(),
        plan: rows.map((r) => r['QUERY PLAN']).join('\n'),
      });
      // The real result as well, so the next statement gets the values it needs.
      return client.query(text, values);
    },
  };
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL statement_timeout = '120s'");
    if (tenant) await client.query(SET_CONTEXT, [tenant.orgId, tenant.userId]);
    await work(explaining, 0);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
  return plans;
}
