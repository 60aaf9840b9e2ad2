import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookDispatchQueue } from './webhook-dispatch-queue.service';

const BATCH = 500;

/**
 * Queues a dispatch for every endpoint with deliveries due and no live lease, across
 * organisations: what a lost job (Redis down at enqueue), a retry's wait or a worker that died
 * mid-delivery (its lease expired) left behind. Dispatching twice is harmless (the lease).
 */
@Injectable()
export class WebhookDeliverySweeper {
  private readonly logger = new Logger(WebhookDeliverySweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatchQueue: WebhookDispatchQueue,
  ) {}

  /** Answers how many endpoints it queued. */
  async sweep(now = new Date()): Promise<number> {
    // The one cross-tenant read (SECURITY DEFINER): which endpoints have deliveries due.
    const rows = await this.dataSource.query<
      Array<{ organization_id: string; endpoint_id: string }>
    >('SELECT organization_id, endpoint_id FROM app_due_webhook_endpoints($1, $2)', [now, BATCH]);
    let queued = 0;
    for (const row of rows) {
      const ok = await this.dispatchQueue.enqueue({
        organizationId: row.organization_id,
        endpointId: row.endpoint_id,
      });
      if (!ok) break;
      queued += 1;
    }
    if (queued > 0) this.logger.log({ queued }, 'webhook endpoints with due deliveries queued');
    return queued;
  }
}
