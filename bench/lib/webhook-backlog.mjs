// The worker's backlog while webhooks arrive: the organisation's inbox counted by status every
// half second (one owner connection, a count over an index). It tells when processing is done
// (nothing pending: every accepted event was processed or failed for good) and, over time,
// whether the worker keeps pace with the intake or falls behind. Each sample also notes what
// the database's sessions are doing (running, waiting on a lock, idle inside a transaction):
// where the time goes when the worker is slow.
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { portOwners } from './process-sockets.mjs';

const COUNTS = `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                       count(*) FILTER (WHERE status = 'processed')::int AS processed,
                       count(*) FILTER (WHERE status = 'failed')::int AS failed
                  FROM webhook_events
                 WHERE organization_id = $1 AND received_at >= $2`;

const SESSIONS = `SELECT client_port AS port, state,
                         coalesce(wait_event_type || ':' || wait_event, '') AS wait
                    FROM pg_stat_activity
                   WHERE datname = current_database() AND pid <> pg_backend_pid()
                     AND backend_type = 'client backend' AND state <> 'idle'`;

/** Busy sessions as `{ "worker idle in transaction Client:ClientRead": 3, … }`. */
async function busySessions(client, owners) {
  const byPort = portOwners(owners);
  const counts = {};
  for (const { port, state, wait } of (await client.query(SESSIONS)).rows) {
    const what = [byPort.get(port) ?? 'other', state, wait].filter(Boolean).join(' ');
    counts[what] = (counts[what] ?? 0) + 1;
  }
  return counts;
}

/** The database's clock: `received_at` is stamped by PostgreSQL, so compare with its time. */
export async function databaseNow(client) {
  const { rows } = await client.query('SELECT clock_timestamp() AS now');
  return rows[0].now;
}

/**
 * Starts counting; answers `{ samples, latest, stop }`. Samples carry performance.now().
 * `owners` ({ api: pid, worker: pid }) name the processes whose sessions are told apart.
 */
export async function watchBacklog({ ownerUrl, orgId, since, owners = {}, everyMs = 500 }) {
  const client = new pg.Client({
    connectionString: ownerUrl,
    application_name: 'loved-bench-backlog',
  });
  await client.connect();
  const samples = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await client.query(COUNTS, [orgId, since]);
      const sessions = await busySessions(client, owners);
      samples.push({ at: performance.now(), ...rows[0], sessions });
      await sleep(everyMs);
    }
  })();
  return {
    samples,
    latest: () => samples.at(-1) ?? null,
    stop: async () => {
      stopped = true;
      await loop.catch(() => undefined);
      await client.end();
    },
  };
}

/**
 * Waits until nothing is pending and `streamComplete()` (every accepted message announced), or
 * until `graceMs` after nothing was pending (announcements that never come), or `timeoutMs`.
 * Answers when the inbox emptied (performance.now(), null if it never did).
 */
export async function waitForDrain({ backlog, streamComplete, timeoutMs, graceMs = 5_000 }) {
  const deadline = performance.now() + timeoutMs;
  let emptiedAt = null;
  while (performance.now() < deadline) {
    const latest = backlog.latest();
    if (latest && latest.pending === 0) {
      emptiedAt ??= latest.at;
      if (streamComplete() || performance.now() - emptiedAt >= graceMs) break;
    } else {
      emptiedAt = null;
    }
    await sleep(100);
  }
  return { emptiedAt, timedOut: emptiedAt === null };
}

/**
 * The worker's pace between two moments (performance.now()): events processed per second,
 * the largest backlog, and the backlog at the end of the span.
 */
export function backlogPace(samples, from, to) {
  const span = samples.filter((s) => s.at >= from && s.at <= to);
  if (span.length < 2) return null;
  const first = span[0];
  const last = span.at(-1);
  const seconds = (last.at - first.at) / 1000;
  return {
    processed: last.processed - first.processed,
    processedPerSecond: seconds > 0 ? (last.processed - first.processed) / seconds : null,
    peakPending: Math.max(...span.map((s) => s.pending)),
    pendingAtEnd: last.pending,
    sessions: averageSessions(span),
  };
}

/** Average number of sessions in each state over the samples, busiest first. */
function averageSessions(samples) {
  const totals = {};
  for (const sample of samples) {
    for (const [what, n] of Object.entries(sample.sessions)) totals[what] = (totals[what] ?? 0) + n;
  }
  return Object.entries(totals)
    .map(([what, n]) => ({ what, average: n / samples.length }))
    .sort((a, b) => b.average - a.average);
}
