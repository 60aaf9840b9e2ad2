import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@loved/shared';
import type { Redis } from 'ioredis';
import { generateOpaqueToken, sha256Hex } from '../../core/crypto/opaque-token';
import { REDIS_CLIENT } from '../../core/redis/redis-client.constant';

export type StreamIdentity = { organizationId: string; userId: string; role: Role };

export const STREAM_TOKEN_TTL_SECONDS = 60;

/**
 * EventSource cannot send headers, so a stream opens with a short-lived, single-use token
 * minted by an authenticated tenant request. Kept in Redis so any API process can redeem it.
 */
@Injectable()
export class EventStreamTokenService {
  private readonly memory = new Map<string, { identity: StreamIdentity; expiresAt: number }>();

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async issue(identity: StreamIdentity): Promise<string> {
    const token = generateOpaqueToken();
    const key = `loved:stream-token:${sha256Hex(token)}`;
    if (this.redis) {
      await this.redis.set(key, JSON.stringify(identity), 'EX', STREAM_TOKEN_TTL_SECONDS);
    } else {
      this.forgetExpired();
      this.memory.set(key, { identity, expiresAt: Date.now() + STREAM_TOKEN_TTL_SECONDS * 1000 });
    }
    return token;
  }

  /** The identity behind `token`, once; null when unknown, expired or already used. */
  async redeem(token: string): Promise<StreamIdentity | null> {
    const key = `loved:stream-token:${sha256Hex(token)}`;
    if (this.redis) {
      const value = await this.redis.getdel(key);
      return value ? (JSON.parse(value) as StreamIdentity) : null;
    }
    const entry = this.memory.get(key);
    this.memory.delete(key);
    return entry && entry.expiresAt > Date.now() ? entry.identity : null;
  }

  /** Tokens minted but never redeemed would otherwise stay in memory forever. */
  private forgetExpired(): void {
    const now = Date.now();
    for (const [key, entry] of this.memory) if (entry.expiresAt <= now) this.memory.delete(key);
  }
}
