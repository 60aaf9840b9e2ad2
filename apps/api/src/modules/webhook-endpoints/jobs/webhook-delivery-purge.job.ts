import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { WebhookDeliveryRetention } from '../webhook-delivery-retention.service';

export const WEBHOOK_DELIVERY_PURGE_JOB = 'webhook-endpoints.purge';

/** Repeating, with no payload: each run looks at every organisation. */
export type WebhookDeliveryPurgeJobData = Record<string, never>;

/** Removes finished deliveries past their retention, in a worker. */
@Injectable()
@JobHandler(QueueName.Default, WEBHOOK_DELIVERY_PURGE_JOB)
export class WebhookDeliveryPurgeJob implements JobProcessor<WebhookDeliveryPurgeJobData> {
  constructor(private readonly retention: WebhookDeliveryRetention) {}

  async handle(): Promise<void> {
    await this.retention.purge();
  }
}
