import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimiterService } from './rate-limiter.service';

const RULE = { limit: 5, windowSeconds: 60 };
const redisUrl = process.env.REDIS_URL;
const redis = redisUrl ? new Redis(redisUrl) : null;

const stores: Array<[string, () => RateLimiterService]> = [
  ['in memory', () => new RateLimiterService(null)],
];
if (redis) stores.push(['in Redis', () => new RateLimiterService(redis)]);

afterAll(async () => {
  await redis?.quit();
});

describe.each(stores)('RateLimiterService %s', (_name, makeLimiter) => {
  const key = (): string => `spec:${randomUUID()}`;

  it('lets exactly `limit` of many concurrent hits through', async () => {
    const limiter = makeLimiter();
    const k = key();
    const states = await Promise.all(Array.from({ length: 20 }, () => limiter.consume(k, RULE)));
    expect(states.filter((s) => !s.blocked)).toHaveLength(RULE.limit);
    const blocked = states.filter((s) => s.blocked);
    expect(blocked).toHaveLength(15);
    for (const state of blocked) {
      expect(state.retryAfterSeconds).toBeGreaterThan(0);
      expect(state.retryAfterSeconds).toBeLessThanOrEqual(RULE.windowSeconds);
    }
  });

  it('opens again once the window has passed, and blocked hits do not extend it', async () => {
    const limiter = makeLimiter();
    const k = key();
    const rule = { limit: 1, windowSeconds: 2 };
    expect((await limiter.consume(k, rule)).blocked).toBe(false);
    expect((await limiter.consume(k, rule)).blocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await limiter.consume(k, rule)).blocked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await limiter.consume(k, rule)).blocked).toBe(false);
  });

  it('gives a refunded hit back, and reset clears the window', async () => {
    const limiter = makeLimiter();
    const k = key();
    const rule = { limit: 2, windowSeconds: 60 };
    await limiter.consume(k, rule);
    await limiter.consume(k, rule);
    await limiter.refund(k);
    expect((await limiter.consume(k, rule)).blocked).toBe(false);
    expect((await limiter.consume(k, rule)).blocked).toBe(true);
    await limiter.reset(k);
    expect((await limiter.consume(k, rule)).blocked).toBe(false);
  });

  it('does not start a window when refunding a key without one', async () => {
    const limiter = makeLimiter();
    const k = key();
    await limiter.refund(k);
    const rule = { limit: 1, windowSeconds: 60 };
    expect((await limiter.consume(k, rule)).blocked).toBe(false);
    expect((await limiter.consume(k, rule)).blocked).toBe(true);
  });
});
