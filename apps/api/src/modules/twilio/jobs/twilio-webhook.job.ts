import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { WebhookEventRunner } from '../../integrations/inbox/webhook-event-runner.service';
import {
  webhookJobName,
  type WebhookEventJobData,
} from '../../integrations/inbox/webhook-event.job-data';
import { TwilioCallEventProcessor } from '../calls/twilio-call-event.processor';

/** Processes one stored Twilio voice webhook in the worker. */
@Injectable()
@JobHandler(QueueName.Webhooks, webhookJobName(IntegrationProvider.Twilio))
export class TwilioWebhookJob implements JobProcessor<WebhookEventJobData> {
  constructor(
    private readonly runner: WebhookEventRunner,
    private readonly processor: TwilioCallEventProcessor,
  ) {}

  handle(data: WebhookEventJobData): Promise<void> {
    return this.runner.run(data, (event) => this.processor.process(data.organizationId, event));
  }
}
