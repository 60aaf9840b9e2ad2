const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Waits before each retry of a failed delivery: about 24 h in all (5 s + 15 s + 1 min + 5 min +
 * 15 min + 1 h + 3 h + 6 h + 14 h), so a receiver down for a day still gets every event.
 */
export const WEBHOOK_RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND_MS,
  15 * SECOND_MS,
  MINUTE_MS,
  5 * MINUTE_MS,
  15 * MINUTE_MS,
  HOUR_MS,
  3 * HOUR_MS,
  6 * HOUR_MS,
  14 * HOUR_MS,
];

/** The first attempt and one per retry delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/**
 * When to try again after `attempts` failed attempts, or null when they ran out. A little
 * jitter (up to 10 %) keeps many endpoints that failed together from retrying in one burst.
 */
export function nextWebhookAttemptAt(
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const delay = WEBHOOK_RETRY_DELAYS_MS[attempts - 1];
  if (delay === undefined || attempts < 1) return null;
  return new Date(now.getTime() + Math.round(delay * (1 + 0.1 * random())));
}
