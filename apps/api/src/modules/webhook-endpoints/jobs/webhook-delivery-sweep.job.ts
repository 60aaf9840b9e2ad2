import { Injectable } from '@nestjs/common';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { WebhookDeliverySweeper } from '../webhook-delivery-sweeper.service';

export const WEBHOOK_DELIVERY_SWEEP_JOB = 'webhook-endpoints.sweep';

/** Repeating, with no payload: each run looks at every organisation. */
export type WebhookDeliverySweepJobData = Record<string, never>;

/** One tick of the outbound webhook sweeper, in a worker (in process in embedded mode). */
@Injectable()
@JobHandler(QueueName.Default, WEBHOOK_DELIVERY_SWEEP_JOB)
export class WebhookDeliverySweepJob implements JobProcessor<WebhookDeliverySweepJobData> {
  constructor(private readonly sweeper: WebhookDeliverySweeper) {}

  async handle(): Promise<void> {
    await this.sweeper.sweep();
  }
}
