import { Readable } from 'node:stream';
import { Injectable, StreamableFile, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TenantContextService } from '../tenancy/tenant-context.service';
import { IDEMPOTENCY_KEY_TTL_HOURS, IDEMPOTENT_REPLAYED_HEADER } from './idempotency.constant';
import { IdempotencyException } from './idempotency.exception';
import { parseIdempotencyKey, requestFingerprint } from './idempotency-request.util';

type KeyScope = { organizationId: string; userId: string; key: string };
type StoredAnswer = { request_hash: string; response_status: number; response_body: unknown };

/**
 * `Idempotency-Key` on tenant `POST`s. Runs inside the request's tenant transaction (the
 * transaction interceptor calls it), so the stored answer commits or rolls back with the change:
 * a failed request leaves no row and its retry acts again. An advisory lock on the key, held to
 * the end of the transaction, makes a parallel twin wait and then find the committed answer.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly tenant: TenantContextService) {}

  async run(context: ExecutionContext, work: () => Promise<unknown>): Promise<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (request.method !== 'POST') return work();
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    // Keys are per caller: a person, or an organisation API key (ids of both are UUIDs).
    const userId = this.tenant.userId ?? this.tenant.apiKeyId;
    // Multipart uploads stream their body to the handler, so there is nothing to fingerprint
    // before it runs: the key is checked but not applied (the OpenAPI document does not offer it).
    if (key === undefined || !userId || request.isMultipart()) return work();

    const scope: KeyScope = { organizationId: this.tenant.organizationId, userId, key };
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    await this.lock(scope);
    const stored = await this.find(scope);
    const reply = http.getResponse<FastifyReply>();
    if (stored) {
      if (stored.request_hash !== fingerprint) throw IdempotencyException.keyReused();
      void reply.status(stored.response_status).header(IDEMPOTENT_REPLAYED_HEADER, 'true');
      return stored.response_body ?? undefined;
    }

    const result = await work();
    // Only a JSON answer the framework is about to send can be replayed; a handler that replied
    // itself, failed softly (4xx/5xx) or streams leaves no row, so a retry acts again.
    if (reply.sent || reply.statusCode >= 400 || !isJsonBody(result)) return result;
    await this.store(scope, fingerprint, reply.statusCode, result);
    return result;
  }

  /** Serialises requests with one key until the first one's transaction ends. */
  private async lock({ organizationId, userId, key }: KeyScope): Promise<void> {
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `idempotency:${organizationId}:${userId}:${key}`,
    ]);
  }

  /** The answer stored for the key within the last 24 h; an older row counts as none. */
  private async find({ organizationId, userId, key }: KeyScope): Promise<StoredAnswer | undefined> {
    const [row] = await this.tenant.manager.query<StoredAnswer[]>(
      `SELECT request_hash, response_status, response_body FROM idempotency_keys
        WHERE organization_id = $1 AND user_id = $2 AND key = $3
          AND created_at > now() - make_interval(hours => $4)`,
      [organizationId, userId, key, IDEMPOTENCY_KEY_TTL_HOURS],
    );
    return row;
  }

  /** Stores the answer; an expired row for the same key (the only possible conflict) is replaced. */
  private async store(
    { organizationId, userId, key }: KeyScope,
    fingerprint: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    await this.tenant.manager.query(
      `INSERT INTO idempotency_keys
         (organization_id, user_id, key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (organization_id, user_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
             response_body = EXCLUDED.response_body, created_at = now()`,
      [
        organizationId,
        userId,
        key,
        fingerprint,
        status,
        body === undefined ? null : JSON.stringify(body),
      ],
    );
  }
}

/** Whether the handler's result goes out as JSON (or as no body at all). */
function isJsonBody(result: unknown): boolean {
  return !(
    result instanceof StreamableFile ||
    result instanceof Readable ||
    Buffer.isBuffer(result)
  );
}
