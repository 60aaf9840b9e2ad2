import { Injectable } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { WebhookEventRunner } from '../../integrations/inbox/webhook-event-runner.service';
import {
  webhookJobName,
  type WebhookEventJobData,
} from '../../integrations/inbox/webhook-event.job-data';
import { WhatsAppEventProcessor } from '../inbound/whatsapp-event-processor.service';
import type { WhatsAppWebhookPayload } from '../webhook/whatsapp-webhook.type';

/** Processes one stored WhatsApp webhook event in the worker. */
@Injectable()
@JobHandler(QueueName.Webhooks, webhookJobName(IntegrationProvider.WhatsApp))
export class WhatsAppWebhookJob implements JobProcessor<WebhookEventJobData> {
  constructor(
    private readonly runner: WebhookEventRunner,
    private readonly processor: WhatsAppEventProcessor,
  ) {}

  handle(data: WebhookEventJobData): Promise<void> {
    return this.runner.run(data, (event) =>
      this.processor.process(data.organizationId, event.payload as WhatsAppWebhookPayload),
    );
  }
}
