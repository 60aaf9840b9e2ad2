import { GRAPH_RETRY_AFTER_CAP_MS, GRAPH_RETRY_BASE_DELAY_MS } from '../graph-api.constant';

/** `Retry-After` as delta-seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Wait before retry number `retry` (1 for the first retry): exponential from the base delay,
 * scaled by a random factor in [0.5, 1.5) so many workers hit by one outage do not retry in step.
 * A `Retry-After` from Meta wins when longer, up to a cap that keeps a worker from sleeping long.
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const exponential = GRAPH_RETRY_BASE_DELAY_MS * 2 ** (retry - 1);
  const backoff = Math.round(exponential * (0.5 + random()));
  return Math.min(Math.max(backoff, retryAfterMs ?? 0), GRAPH_RETRY_AFTER_CAP_MS);
}
