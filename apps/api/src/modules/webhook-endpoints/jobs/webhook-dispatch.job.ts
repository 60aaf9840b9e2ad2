import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { WebhookDispatchService } from '../webhook-dispatch.service';

export const WEBHOOK_DISPATCH_JOB = 'webhook-endpoints.dispatch';

export type WebhookDispatchJobData = { organizationId: string; endpointId: string };

/**
 * Sends an endpoint's due deliveries, oldest first. Idempotent: the endpoint's lease lets one
 * dispatcher in at a time, and a delivery is only sent while it is pending and due.
 */
@Injectable()
@JobHandler(QueueName.Default, WEBHOOK_DISPATCH_JOB)
export class WebhookDispatchJob implements JobProcessor<WebhookDispatchJobData> {
  constructor(private readonly dispatcher: WebhookDispatchService) {}

  async handle(data: WebhookDispatchJobData): Promise<void> {
    await this.dispatcher.dispatch(data.organizationId, data.endpointId);
  }
}
