import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { NotificationKind, Role, WebhookDeliveryStatus } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { CredentialsCipher } from '../../core/crypto/credentials-cipher';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { MembersService } from '../organizations/members.service';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveryMetrics } from './webhook-delivery.metrics';
import { openWebhookSecret } from './webhook-endpoint-secret';
import { serializeWebhookPayload } from './webhook-payload';
import { nextWebhookAttemptAt } from './webhook-retry-schedule';
import { sendWebhook, WEBHOOK_USER_AGENT, type WebhookSendResult } from './webhook-sender';
import { signWebhook } from './webhook-signer';
import {
  assertWebhookUrlAllowed,
  webhookUrlPolicyFor,
  WebhookUrlRefusedError,
  type WebhookUrlPolicyOptions,
} from './webhook-url-policy';

/** How long a dispatcher owns an endpoint's queue; renewed after every attempt. */
export const WEBHOOK_LEASE_MS = 30_000;

export const WEBHOOK_DISABLED_REASON =
  'Deliveries failed for about 24 hours; the endpoint was disabled.';

export type DispatchOptions = {
  /** The time the dispatcher acts at (tests drive it; the real clock otherwise). */
  clock?: () => Date;
  /** Abandons the attempt in flight unrecorded, keeping the lease (as a dying worker would). */
  signal?: AbortSignal;
};

type ClaimedEndpoint = { id: string; url: string; secret: string };

type DrainOutcome = 'drained' | 'stopped' | 'aborted';

/**
 * Sends an endpoint's deliveries strictly one at a time, oldest first, so a receiver sees a
 * lead's events in order. A lease on the endpoint row keeps other dispatchers out; it expires on
 * its own if this one dies, and the sweeper then starts another. Each attempt is recorded in its
 * own transaction; the first failure stops the run (later deliveries wait behind it).
 */
@Injectable()
export class WebhookDispatchService implements OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatchService.name);
  private readonly shutdown = new AbortController();
  private readonly policy: WebhookUrlPolicyOptions;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tenant: TenantContextService,
    private readonly cipher: CredentialsCipher,
    @InjectTenantRepository(WebhookDeliveryEntity)
    private readonly deliveries: TenantScopedRepository<WebhookDeliveryEntity>,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    private readonly metrics: WebhookDeliveryMetrics,
  ) {
    this.policy = webhookUrlPolicyFor(config.env);
  }

  onApplicationShutdown(): void {
    this.shutdown.abort();
  }

  /** Sends what is due for the endpoint; answers how many deliveries succeeded. */
  async dispatch(
    organizationId: string,
    endpointId: string,
    options: DispatchOptions = {},
  ): Promise<number> {
    const clock = options.clock ?? ((): Date => new Date());
    const signal = options.signal
      ? AbortSignal.any([options.signal, this.shutdown.signal])
      : this.shutdown.signal;
    const asOrg = <T>(work: () => Promise<T>): Promise<T> =>
      this.tenant.run({ organizationId }, work);
    let sent = 0;
    for (;;) {
      const leaseId = randomUUID();
      const endpoint = await asOrg(() => this.claim(endpointId, leaseId, clock()));
      // Disabled, deleted, or another dispatcher holds it (and will see what is due).
      if (!endpoint) return sent;
      const run = { sent: 0 };
      const outcome = await this.drain(asOrg, endpoint, leaseId, clock, signal, run);
      sent += run.sent;
      // A dying worker keeps its lease: it expires and the sweeper resends what was in flight.
      if (outcome === 'aborted') return sent;
      await asOrg(() => this.release(endpointId, leaseId));
      // A delivery committed while the lease was held found it taken: look once more.
      if (outcome === 'stopped' || !(await asOrg(() => this.hasDue(endpointId, clock())))) {
        return sent;
      }
    }
  }

  private async drain(
    asOrg: <T>(work: () => Promise<T>) => Promise<T>,
    endpoint: ClaimedEndpoint,
    leaseId: string,
    clock: () => Date,
    signal: AbortSignal,
    run: { sent: number },
  ): Promise<DrainOutcome> {
    for (;;) {
      if (signal.aborted) return 'aborted';
      const delivery = await asOrg(() => this.nextDue(endpoint.id, clock()));
      if (!delivery) return 'drained';
      const result = await this.attempt(endpoint, delivery, clock(), signal);
      if (result.aborted) return 'aborted';
      const stillOurs = await asOrg(() =>
        this.record(endpoint.id, delivery, result, clock(), leaseId),
      );
      if (!result.ok || !stillOurs) return 'stopped';
      run.sent += 1;
    }
  }

  /** The endpoint's lease, if it is enabled and no live lease holds it. */
  private async claim(
    endpointId: string,
    leaseId: string,
    now: Date,
  ): Promise<ClaimedEndpoint | null> {
    const [rows] = await this.tenant.manager.query<
      [
        Array<{
          id: string;
          organization_id: string;
          url: string;
          encrypted_secret: Buffer;
          secret_key_id: string;
        }>,
        number,
      ]
    >(
      `UPDATE webhook_endpoints
          SET dispatch_lease_until = $3, dispatch_lease_id = $4
        WHERE organization_id = $1 AND id = $2 AND enabled
          AND (dispatch_lease_until IS NULL OR dispatch_lease_until < $5)
        RETURNING id, organization_id, url, encrypted_secret, secret_key_id`,
      [
        this.tenant.organizationId,
        endpointId,
        new Date(now.getTime() + WEBHOOK_LEASE_MS),
        leaseId,
        now,
      ],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      url: row.url,
      secret: openWebhookSecret(this.cipher, {
        organizationId: row.organization_id,
        id: row.id,
        encryptedSecret: row.encrypted_secret,
        secretKeyId: row.secret_key_id,
      }),
    };
  }

  private async release(endpointId: string, leaseId: string): Promise<void> {
    await this.tenant.manager.query(
      `UPDATE webhook_endpoints SET dispatch_lease_until = NULL, dispatch_lease_id = NULL
        WHERE organization_id = $1 AND id = $2 AND dispatch_lease_id = $3`,
      [this.tenant.organizationId, endpointId, leaseId],
    );
  }

  /** The head of the endpoint's queue if it is due: a later delivery never overtakes it. */
  private async nextDue(endpointId: string, now: Date): Promise<WebhookDeliveryEntity | null> {
    const head = await this.deliveries.findOne({
      where: { endpointId, status: WebhookDeliveryStatus.Pending },
      order: { seq: 'ASC' },
    });
    if (!head?.nextAttemptAt || head.nextAttemptAt > now) return null;
    return head;
  }

  private async hasDue(endpointId: string, now: Date): Promise<boolean> {
    return (await this.nextDue(endpointId, now)) !== null;
  }

  private async attempt(
    endpoint: ClaimedEndpoint,
    delivery: WebhookDeliveryEntity,
    at: Date,
    signal: AbortSignal,
  ): Promise<WebhookSendResult> {
    let url: URL;
    try {
      // Again at delivery time: the host may resolve elsewhere now than when it was saved.
      url = await assertWebhookUrlAllowed(endpoint.url, this.policy);
    } catch (error) {
      if (!(error instanceof WebhookUrlRefusedError)) throw error;
      return { ok: false, status: null, durationMs: 0, error: error.reason, aborted: false };
    }
    const body = serializeWebhookPayload(delivery.eventType, delivery.createdAt, delivery.data);
    return sendWebhook({
      url,
      body,
      policy: this.policy,
      signal,
      headers: {
        ...signWebhook(endpoint.secret, delivery.id, at, body),
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
      },
    });
  }

  /**
   * The attempt's outcome; out of retries, the delivery fails and the endpoint is disabled.
   * Renews the lease and answers whether the run may go on (not paused or deleted meanwhile).
   */
  private async record(
    endpointId: string,
    delivery: WebhookDeliveryEntity,
    result: WebhookSendResult,
    now: Date,
    leaseId: string,
  ): Promise<boolean> {
    const attempts = delivery.attempts + 1;
    const outcome = {
      attempts,
      responseStatus: result.status,
      durationMs: result.durationMs,
      error: result.error?.slice(0, 1000) ?? null,
    };
    const log = { orgId: this.tenant.organizationId, endpointId, deliveryId: delivery.id };
    if (result.ok) {
      this.metrics.attempted('succeeded', result.durationMs);
      await this.deliveries.update(
        { id: delivery.id, status: WebhookDeliveryStatus.Pending },
        {
          ...outcome,
          status: WebhookDeliveryStatus.Succeeded,
          nextAttemptAt: null,
          deliveredAt: now,
        },
      );
    } else {
      const retryAt = nextWebhookAttemptAt(attempts, now);
      this.metrics.attempted(retryAt ? 'retry' : 'failed', result.durationMs);
      await this.deliveries.update(
        { id: delivery.id, status: WebhookDeliveryStatus.Pending },
        retryAt
          ? { ...outcome, nextAttemptAt: retryAt }
          : { ...outcome, status: WebhookDeliveryStatus.Failed, nextAttemptAt: null },
      );
      this.logger.warn(
        { ...log, attempts, status: result.status, final: !retryAt },
        'webhook delivery failed',
      );
      if (!retryAt) await this.disable(endpointId, delivery.id, now);
    }
    const [renewed] = await this.tenant.manager.query<[unknown[], number]>(
      `UPDATE webhook_endpoints SET dispatch_lease_until = $4
        WHERE organization_id = $1 AND id = $2 AND dispatch_lease_id = $3 AND enabled
        RETURNING id`,
      [this.tenant.organizationId, endpointId, leaseId, new Date(now.getTime() + WEBHOOK_LEASE_MS)],
    );
    return renewed.length > 0;
  }

  /** Stops sending to the endpoint (its pending deliveries wait) and tells every admin. */
  private async disable(endpointId: string, deliveryId: string, now: Date): Promise<void> {
    await this.tenant.manager.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $3, disabled_at = $4,
              updated_at = now()
        WHERE organization_id = $1 AND id = $2`,
      [this.tenant.organizationId, endpointId, WEBHOOK_DISABLED_REASON, now],
    );
    for (const userId of await this.members.idsWithRole(Role.Admin)) {
      await this.notifications.notify({
        kind: NotificationKind.WebhookEndpointDisabled,
        userId,
        // The delivery that ran out of retries: each disabling is news once per admin.
        sourceId: deliveryId,
        lead: null,
      });
    }
    this.logger.warn(
      { orgId: this.tenant.organizationId, endpointId },
      'webhook endpoint disabled after its retries ran out',
    );
  }
}
