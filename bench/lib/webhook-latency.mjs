// End-to-end figures of a webhook load: for every accepted message, from the moment its POST
// was written to the moment its `communication.created` reached the event stream. A message
// never announced counts as infinitely late, so it can only make the percentiles worse.
import { percentile } from './stats.mjs';

export function endToEnd({ load, arrivals, loadEndedAt }) {
  const latencies = [];
  let unseen = 0;
  let lastArrival = null;
  for (const wamid of load.accepted) {
    const arrivedAt = arrivals.get(wamid);
    if (arrivedAt === undefined) {
      unseen += 1;
      latencies.push(Infinity);
      continue;
    }
    latencies.push(arrivedAt - load.sentAt.get(wamid));
    lastArrival = Math.max(lastArrival ?? arrivedAt, arrivedAt);
  }
  latencies.sort((a, b) => a - b);
  const refused = Object.values(load.refused).reduce((sum, n) => sum + n, 0);
  // Written but never answered: in flight when the load stopped, or timed out.
  const unanswered = [...load.sentAt.keys()].filter((wamid) => !load.answered.has(wamid));
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? null,
    unseen,
    drainMs: lastArrival === null ? null : Math.max(0, lastArrival - loadEndedAt),
    refused,
    unanswered: unanswered.length,
    unansweredButAnnounced: unanswered.filter((wamid) => arrivals.has(wamid)).length,
  };
}
