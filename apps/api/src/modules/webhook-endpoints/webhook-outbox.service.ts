import { Injectable } from '@nestjs/common';
import type { WebhookEventType } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { WebhookDispatchQueue } from './webhook-dispatch-queue.service';
import type { WebhookEventData } from './webhook-payload';

/**
 * The durable outbox of outbound webhooks. Called inside the transaction of the change (a lead
 * saved, a message recorded): one delivery per enabled endpoint subscribed to the event, written
 * by a single INSERT … SELECT, so it commits or rolls back with the change. Workers are told
 * only after the commit; the sweeper covers a queue that was down.
 */
@Injectable()
export class WebhookOutboxService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly dispatchQueue: WebhookDispatchQueue,
  ) {}

  async record<E extends WebhookEventType>(event: E, data: WebhookEventData[E]): Promise<void> {
    const organizationId = this.tenant.organizationId;
    const rows = await this.tenant.manager.query<Array<{ endpoint_id: string }>>(
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_type, data, next_attempt_at)
       SELECT e.organization_id, e.id, $2::text, $3::jsonb, now() FROM webhook_endpoints e
        WHERE e.organization_id = $1 AND e.enabled AND $2::text = ANY (e.events)
       RETURNING endpoint_id`,
      [organizationId, event, JSON.stringify(data)],
    );
    for (const endpointId of new Set(rows.map((row) => row.endpoint_id))) {
      this.tenant.afterCommit(
        () => void this.dispatchQueue.enqueue({ organizationId, endpointId }),
      );
    }
  }
}
