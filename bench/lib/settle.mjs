// Between two cases: the API does not cancel a query whose HTTP client went away, and requests
// still queued for its connection pool start new queries as soon as one is cancelled. So a
// slow case (a search that never answers) would keep PostgreSQL busy during the next one.
// Wait for the bench database to go idle; whatever still runs after a grace period is
// cancelled (bench database only), round after round, until it stays idle. Bounded.
import { setTimeout as sleep } from 'node:timers/promises';
import { withClient } from './database.mjs';

const ACTIVE = `SELECT pid FROM pg_stat_activity
                 WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()
                   AND backend_type = 'client backend'`;

export async function settleDatabase(ownerUrl, database, { graceMs = 5_000, maxMs = 90_000 } = {}) {
  return withClient(ownerUrl, async (client) => {
    const deadline = Date.now() + maxMs;
    let cancelled = 0;
    let busySince = Date.now();
    let idleSince = null;
    while (Date.now() < deadline) {
      const pids = (await client.query(ACTIVE, [database])).rows.map((r) => r.pid);
      if (pids.length === 0) {
        idleSince ??= Date.now();
        // Idle for a whole second: nothing queued behind is about to start.
        if (Date.now() - idleSince >= 1000) return cancelled;
      } else {
        idleSince = null;
        if (Date.now() - busySince >= graceMs) {
          for (const pid of pids) await client.query('SELECT pg_cancel_backend($1)', [pid]);
          cancelled += pids.length;
          busySince = Date.now() - graceMs + 500;
        }
      }
      await sleep(100);
    }
    process.stderr.write(`  warning: ${database} still busy after ${maxMs / 1000} s\n`);
    return cancelled;
  });
}
