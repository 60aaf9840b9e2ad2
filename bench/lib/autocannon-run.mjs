// One HTTP case under load: autocannon with N connections for D seconds, summarised as the
// table shows it. Status codes are split so a 409 (a counted outcome of concurrent edits) is
// never mixed up with a 5xx (a bug).
import autocannon from 'autocannon';

/**
 * `requests`: autocannon request objects; use `setupRequest(req)` to vary the path or body per
 * request and `onResponse(status, body)` to learn from answers (e.g. a lead's new version).
 */
export async function runHttpCase({
  url,
  connections,
  duration,
  headers = {},
  requests,
  timeoutS,
}) {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers,
    requests,
    timeout: timeoutS ?? Math.max(10, duration + 5),
    // Latencies of non-2xx answers count too: a slow 409 is still a slow move.
    excludeErrorStats: false,
  });
  return summarise(result);
}

function summarise(result) {
  const byStatus = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  const count = (predicate) =>
    Object.entries(byStatus)
      .filter(([code]) => predicate(Number(code)))
      .reduce((sum, [, n]) => sum + n, 0);
  const responses = count(() => true);
  return {
    responses,
    p50: responses ? result.latency.p50 : null,
    p99: responses ? result.latency.p99 : null,
    rps: responses / result.duration,
    // Connection errors and timeouts (no answer within the timeout).
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    conflicts: count((c) => c === 409),
    clientErrors: count((c) => c >= 400 && c < 500 && c !== 409),
    serverErrors: count((c) => c >= 500),
    byStatus,
    duration: result.duration,
  };
}

/** The median run by requests per second (runs > 1). */
export function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
