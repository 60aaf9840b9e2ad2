import { Inject, Injectable } from '@nestjs/common';
import { API_KEY_SCOPES, type ApiKeyScope } from '@loved/shared';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { sha256Hex } from '../crypto/opaque-token';
import { RateLimiterService } from '../redis/rate-limiter.service';
import { ApiKeyAuthErrorCode, ApiKeyAuthException } from './api-key.exception';
import type { ApiKeyPrincipal } from './api-key-principal.type';

type AuthenticateRow = {
  id: string;
  organization_id: string;
  name: string;
  scopes: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
};

const WINDOW_SECONDS = 60;

/**
 * Matches `Authorization: Bearer lcrm_…` to a live key and counts the request against the
 * key's per-minute budget. Read from the database on every request (one indexed function
 * call, no cache), so a revoked key fails on its very next request on every instance.
 */
@Injectable()
export class ApiKeyAuthenticatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiterService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The key, or null when unknown, revoked or expired (the caller answers one 401 for all). */
  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    const [row] = await this.dataSource.query<AuthenticateRow[]>(
      'SELECT * FROM app_api_key_authenticate($1)',
      [sha256Hex(secret)],
    );
    if (!row || row.revoked_at) return null;
    if (row.expires_at && row.expires_at.getTime() <= Date.now()) return null;
    return {
      id: row.id,
      organizationId: row.organization_id,
      name: row.name,
      scopes: row.scopes.filter((s): s is ApiKeyScope =>
        (API_KEY_SCOPES as readonly string[]).includes(s),
      ),
    };
  }

  /**
   * Counts the request; sets `RateLimit-*` headers (IETF draft) on every answer and refuses
   * with 429 + `Retry-After` over the budget.
   */
  async consume(key: ApiKeyPrincipal, reply: FastifyReply): Promise<void> {
    const limit = this.config.env.API_KEY_RATE_LIMIT_PER_MINUTE;
    const state = await this.limiter.consume(`api-key:${key.id}`, {
      limit,
      windowSeconds: WINDOW_SECONDS,
    });
    reply.header('RateLimit-Policy', `${limit};w=${WINDOW_SECONDS}`);
    reply.header('RateLimit-Limit', String(limit));
    reply.header('RateLimit-Remaining', String(state.remaining));
    reply.header('RateLimit-Reset', String(state.resetSeconds));
    if (!state.blocked) return;
    throw new ApiKeyAuthException(
      ApiKeyAuthErrorCode.RateLimited,
      `This API key made more than ${limit} requests in a minute. Retry after ${state.retryAfterSeconds} s.`,
      undefined,
      { 'Retry-After': String(state.retryAfterSeconds) },
    );
  }
}
