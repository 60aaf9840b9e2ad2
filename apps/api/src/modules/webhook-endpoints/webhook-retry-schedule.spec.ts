import { describe, expect, it } from 'vitest';
import {
  nextWebhookAttemptAt,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MS,
} from './webhook-retry-schedule';

const HOUR_MS = 3_600_000;

describe('webhook retry schedule', () => {
  const now = new Date('2026-12-04T12:00:00.000Z');

  it('spreads the retries over about 24 hours, growing', () => {
    const total = WEBHOOK_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0);
    expect(total).toBeGreaterThan(23 * HOUR_MS);
    expect(total).toBeLessThan(25 * HOUR_MS);
    expect([...WEBHOOK_RETRY_DELAYS_MS].sort((a, b) => a - b)).toEqual(WEBHOOK_RETRY_DELAYS_MS);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(WEBHOOK_RETRY_DELAYS_MS.length + 1);
  });

  it('waits 5 s after the first failure, with at most 10 % jitter', () => {
    expect(nextWebhookAttemptAt(1, now, () => 0)?.getTime()).toBe(now.getTime() + 5_000);
    expect(nextWebhookAttemptAt(1, now, () => 1)?.getTime()).toBe(now.getTime() + 5_500);
  });

  it('gives up after the last attempt', () => {
    expect(nextWebhookAttemptAt(WEBHOOK_MAX_ATTEMPTS - 1, now, () => 0)).not.toBeNull();
    expect(nextWebhookAttemptAt(WEBHOOK_MAX_ATTEMPTS, now)).toBeNull();
    expect(nextWebhookAttemptAt(0, now)).toBeNull();
  });
});
