import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis-client.constant';

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitState = {
  blocked: boolean;
  retryAfterSeconds: number;
  /** Hits left in the current window (0 once blocked). */
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
};

/**
 * Counts the hit and reads the window in one step, so concurrent callers each see a distinct
 * count. The expiry is set only when the key has none: hits inside a window never extend it.
 */
const CONSUME_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

/** Gives one hit back without creating a key (a finished window stays finished). */
const REFUND_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('DECR', KEYS[1]) <= 0 then
  redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * Fixed-window counters shared by every API process through Redis (in memory when there is
 * no Redis, i.e. one process). A hit is counted before the caller does the guarded work
 * (increment, then check), so a burst of concurrent requests cannot all pass a read-then-write
 * check.
 */
@Injectable()
export class RateLimiterService {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  /** Counts one hit on `key`; blocked when this hit goes over the rule's limit. */
  async consume(key: string, rule: RateLimitRule): Promise<RateLimitState> {
    const windowMs = rule.windowSeconds * 1000;
    const { count, ttlMs } = this.redis
      ? await consumeInRedis(this.redis, key, windowMs)
      : this.consumeInMemory(key, windowMs);
    const resetSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
    const remaining = Math.max(0, rule.limit - count);
    return count > rule.limit
      ? { blocked: true, retryAfterSeconds: resetSeconds, remaining, resetSeconds }
      : { blocked: false, retryAfterSeconds: 0, remaining, resetSeconds };
  }

  /** Takes back one hit of the current window (work that turned out not to count). */
  async refund(key: string): Promise<void> {
    if (this.redis) {
      await this.redis.eval(REFUND_SCRIPT, 1, redisKey(key));
      return;
    }
    const entry = this.memory.get(key);
    if (!entry) return;
    entry.count -= 1;
    if (entry.count <= 0 || entry.resetAt <= Date.now()) this.memory.delete(key);
  }

  async reset(key: string): Promise<void> {
    if (this.redis) await this.redis.del(redisKey(key));
    this.memory.delete(key);
  }

  /** Synchronous from read to write, so it is atomic on Node's single thread. */
  private consumeInMemory(key: string, windowMs: number): { count: number; ttlMs: number } {
    const now = Date.now();
    this.forgetExpired(now);
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now) {
      this.memory.set(key, { count: 1, resetAt: now + windowMs });
      return { count: 1, ttlMs: windowMs };
    }
    entry.count += 1;
    return { count: entry.count, ttlMs: entry.resetAt - now };
  }

  /** Without Redis the counters live here: drop finished windows so the map stays small. */
  private forgetExpired(now: number): void {
    if (this.memory.size < 1_000) return;
    for (const [key, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(key);
  }
}

const redisKey = (key: string): string => `loved:rate:${key}`;

async function consumeInRedis(
  redis: Redis,
  key: string,
  windowMs: number,
): Promise<{ count: number; ttlMs: number }> {
  const [count, ttlMs] = (await redis.eval(CONSUME_SCRIPT, 1, redisKey(key), windowMs)) as [
    number,
    number,
  ];
  return { count: Number(count), ttlMs: Number(ttlMs) };
}
