import { describe, expect, it } from 'vitest';
import { GRAPH_RETRY_AFTER_CAP_MS, GRAPH_RETRY_BASE_DELAY_MS } from '../graph-api.constant';
import { parseRetryAfterMs, retryDelayMs } from './graph-retry.util';

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('3', now)).toBe(3000);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfterMs('Sun, 01 Mar 2026 12:00:02 GMT', now)).toBe(2000);
  });

  it('ignores an absent or unreadable header', () => {
    expect(parseRetryAfterMs(null, now)).toBeNull();
    expect(parseRetryAfterMs('soon', now)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('doubles per retry around the base delay', () => {
    const middle = (): number => 0.5;

    expect(retryDelayMs(1, null, middle)).toBe(GRAPH_RETRY_BASE_DELAY_MS);
    expect(retryDelayMs(2, null, middle)).toBe(GRAPH_RETRY_BASE_DELAY_MS * 2);
  });

  it('spreads retries by jitter', () => {
    expect(retryDelayMs(1, null, () => 0)).toBe(GRAPH_RETRY_BASE_DELAY_MS / 2);
    expect(retryDelayMs(1, null, () => 0.999)).toBeLessThanOrEqual(GRAPH_RETRY_BASE_DELAY_MS * 1.5);
  });

  it('waits as long as Retry-After asks, up to the cap', () => {
    expect(retryDelayMs(1, 2000, () => 0.5)).toBe(2000);
    expect(retryDelayMs(1, 600_000, () => 0.5)).toBe(GRAPH_RETRY_AFTER_CAP_MS);
  });
});
