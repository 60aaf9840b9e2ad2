import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis-client.constant';

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitState = { blocked: boolean; retryAfterSeconds: number };

/**
 * Fixed-window counters shared by every API process through Redis (in memory when there is
 * no Redis, i.e. one process). Callers decide what counts as a hit.
 */
@Injectable()
export class RateLimiterService {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async state(key: string, rule: RateLimitRule): Promise<RateLimitState> {
    const { count, ttlSeconds } = await this.read(key);
    return count >= rule.limit
      ? { blocked: true, retryAfterSeconds: Math.max(1, ttlSeconds) }
      : { blocked: false, retryAfterSeconds: 0 };
  }

  async hit(key: string, rule: RateLimitRule): Promise<void> {
    const redisKey = `loved:rate:${key}`;
    if (this.redis) {
      const count = await this.redis.incr(redisKey);
      if (count === 1) await this.redis.expire(redisKey, rule.windowSeconds);
      return;
    }
    const now = Date.now();
    this.forgetExpired(now);
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= now)
      this.memory.set(key, { count: 1, resetAt: now + rule.windowSeconds * 1000 });
    else entry.count += 1;
  }

  async reset(key: string): Promise<void> {
    if (this.redis) await this.redis.del(`loved:rate:${key}`);
    this.memory.delete(key);
  }

  private async read(key: string): Promise<{ count: number; ttlSeconds: number }> {
    if (this.redis) {
      const redisKey = `loved:rate:${key}`;
      const [count, ttl] = await Promise.all([this.redis.get(redisKey), this.redis.ttl(redisKey)]);
      return { count: Number(count ?? 0), ttlSeconds: ttl };
    }
    const entry = this.memory.get(key);
    if (!entry || entry.resetAt <= Date.now()) return { count: 0, ttlSeconds: 0 };
    return { count: entry.count, ttlSeconds: Math.ceil((entry.resetAt - Date.now()) / 1000) };
  }

  /** Without Redis the counters live here: drop finished windows so the map stays small. */
  private forgetExpired(now: number): void {
    if (this.memory.size < 1_000) return;
    for (const [key, entry] of this.memory) if (entry.resetAt <= now) this.memory.delete(key);
  }
}
