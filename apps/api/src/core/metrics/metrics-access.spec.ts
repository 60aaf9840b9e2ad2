import { describe, expect, it } from 'vitest';
import { assertMetricsAccess } from './metrics-access';
import { MetricsException } from './metrics.exception';

const TOKEN = 'a-metrics-token-of-some-length';

const statusOf = (expected: string | undefined, authorization: string | undefined): number => {
  try {
    assertMetricsAccess(expected, authorization);
    return 200;
  } catch (error) {
    if (error instanceof MetricsException) return error.status;
    throw error;
  }
};

describe('assertMetricsAccess', () => {
  it('hides the endpoint while no token is configured, whatever is sent', () => {
    expect(statusOf(undefined, `Bearer ${TOKEN}`)).toBe(404);
    expect(statusOf('', undefined)).toBe(404);
  });

  it('wants a bearer token', () => {
    expect(statusOf(TOKEN, undefined)).toBe(401);
    expect(statusOf(TOKEN, '')).toBe(401);
    expect(statusOf(TOKEN, `Basic ${TOKEN}`)).toBe(401);
    expect(statusOf(TOKEN, 'Bearer')).toBe(401);
  });

  it('refuses another token, a prefix of it or one longer', () => {
    expect(statusOf(TOKEN, 'Bearer not-the-metrics-token-at-all')).toBe(403);
    expect(statusOf(TOKEN, `Bearer ${TOKEN.slice(0, -1)}`)).toBe(403);
    expect(statusOf(TOKEN, `Bearer ${TOKEN}x`)).toBe(403);
  });

  it('lets the configured token in, the scheme in any case', () => {
    expect(statusOf(TOKEN, `Bearer ${TOKEN}`)).toBe(200);
    expect(statusOf(TOKEN, `bearer ${TOKEN}`)).toBe(200);
  });
});
