import { Injectable, Logger } from '@nestjs/common';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import type { WebhookEventEntity } from './webhook-event.entity';
import type { WebhookEventJobData } from './webhook-event.job-data';
import { WebhookEventsService } from './webhook-events.service';
import { WebhookMetrics } from './webhook.metrics';

/**
 * What every provider's webhook job does around its own processing: skip an event already
 * handled, mark it processed, count a failure and let the queue retry it with backoff, and
 * after the last attempt keep it as `failed` with its error instead of retrying forever.
 */
@Injectable()
export class WebhookEventRunner {
  private readonly logger = new Logger(WebhookEventRunner.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly events: WebhookEventsService,
    private readonly metrics: WebhookMetrics,
  ) {}

  async run(
    data: WebhookEventJobData,
    process: (event: WebhookEventEntity) => Promise<void>,
  ): Promise<void> {
    const identity = { organizationId: data.organizationId };
    const event = await this.tenant.run(identity, () =>
      this.events.findPending(data.provider, data.eventId),
    );
    if (!event) return;
    try {
      // The processor opens its own transactions (one per message), so media downloads never
      // hold a database connection and one bad message does not undo the others.
      await process(event);
      await this.tenant.run(identity, () => this.events.markProcessed(event.id));
      this.metrics.processed(data.provider, event.receivedAt);
    } catch (error) {
      const final = await this.tenant.run(identity, () =>
        this.events.recordFailure(event.id, describeError(error)),
      );
      this.logger.warn(
        {
          provider: data.provider,
          orgId: data.organizationId,
          eventId: event.id,
          final,
          err: error,
        },
        final
          ? 'webhook event failed for good; an admin can retry it'
          : 'webhook event failed; retrying',
      );
      if (!final) throw error;
    }
  }
}

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
