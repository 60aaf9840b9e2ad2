import { Injectable, Logger } from '@nestjs/common';
import { WebhookEventStatus, type IntegrationProvider } from '@loved/shared';
import { JobQueue } from '../../../core/queue/job-queue';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { webhookJobName, type WebhookEventJobData } from './webhook-event.job-data';
import { WebhookMetrics } from './webhook.metrics';

export type InboundEvent = {
  provider: IntegrationProvider;
  /** Same delivery, same key: a provider's retry stores nothing new. */
  eventKey: string;
  /** Null when no integration owns the event (kept as unroutable, never processed). */
  organizationId: string | null;
  payload: Record<string, unknown>;
  updateCount: number;
};

/** Longest the webhook answer waits for Redis; past it the sweeper queues the event later. */
const ENQUEUE_TIMEOUT_MS = 1_000;

/**
 * The front door of every provider webhook: store the event durably, then queue it. Storing is
 * the promise to the provider (it answers 200 only after the row commits); queueing is best
 * effort, because the sweeper queues whatever stayed pending.
 */
@Injectable()
export class WebhookInboxService {
  private readonly logger = new Logger(WebhookInboxService.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly queue: JobQueue,
    private readonly metrics: WebhookMetrics,
  ) {}

  /** Stores the event (a repeat is a no-op) and queues it if it still needs processing. */
  async accept(event: InboundEvent): Promise<void> {
    const id = await this.store(event);
    this.metrics.accept(event.provider);
    if (id && event.organizationId) {
      await this.enqueue({
        provider: event.provider,
        organizationId: event.organizationId,
        eventId: id,
      });
    }
  }

  /** The stored event's id when it waits to be processed (new, or a repeat still pending). */
  private async store(event: InboundEvent): Promise<string | null> {
    const organizationId = event.organizationId;
    if (!organizationId) {
      await this.tenant.runAsUser(undefined, () =>
        this.tenant.manager.query('SELECT app_store_unroutable_webhook_event($1, $2, $3, $4)', [
          event.provider,
          event.eventKey,
          event.payload,
          event.updateCount,
        ]),
      );
      return null;
    }
    return this.tenant.run({ organizationId }, async () => {
      const [row] = await this.tenant.manager.query<
        Array<{ id: string; status: WebhookEventStatus }>
      >(
        // One round trip: the new row, or the one an earlier delivery of the same event left.
        `WITH inserted AS (
           INSERT INTO webhook_events (provider, event_key, organization_id, status, payload, update_count)
           VALUES ($1, $2, $3, 'pending', $4, $5)
           ON CONFLICT (provider, event_key) DO NOTHING
           RETURNING id, status)
         SELECT id, status FROM inserted
         UNION ALL
         SELECT id, status FROM webhook_events
          WHERE provider = $1 AND event_key = $2 AND organization_id = $3
            AND NOT EXISTS (SELECT 1 FROM inserted)`,
        [event.provider, event.eventKey, organizationId, event.payload, event.updateCount],
      );
      return row?.status === WebhookEventStatus.Pending ? row.id : null;
    });
  }

  /** Queues an event; never throws (the sweeper retries what could not be queued). */
  async enqueue(data: WebhookEventJobData, jobId: string = data.eventId): Promise<boolean> {
    try {
      await this.queue.enqueueWithin(
        ENQUEUE_TIMEOUT_MS,
        QueueName.Webhooks,
        webhookJobName(data.provider),
        data,
        { jobId },
      );
      return true;
    } catch (error) {
      this.logger.warn(
        { provider: data.provider, orgId: data.organizationId, eventId: data.eventId, err: error },
        'webhook event stored but not queued; the sweeper will queue it',
      );
      return false;
    }
  }
}
