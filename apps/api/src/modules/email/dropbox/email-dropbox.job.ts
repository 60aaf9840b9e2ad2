import { Injectable, Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { IntegrationProvider } from '@loved/shared';
import { JobHandler, type JobProcessor } from '../../../core/queue/job-handler.decorator';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { WebhookEventRunner } from '../../integrations/inbox/webhook-event-runner.service';
import {
  webhookJobName,
  type WebhookEventJobData,
} from '../../integrations/inbox/webhook-event.job-data';
import { LeadByEmailService } from '../../leads/lead-by-email.service';
import { EmailTimelineService } from '../sync/email-timeline.service';
import { toInboundEmail } from '../sync/inbound-email.util';

/**
 * Places a drop-box message on its lead: the first of its sender, recipients and copies who is
 * a lead. From the lead it is inbound; from anyone else (the rep who BCC'd it) outbound. A
 * message with no lead among its addresses is kept processed, not placed.
 */
@Injectable()
@JobHandler(QueueName.Webhooks, webhookJobName(IntegrationProvider.Email))
export class EmailDropboxJob implements JobProcessor<WebhookEventJobData> {
  private readonly logger = new Logger(EmailDropboxJob.name);

  constructor(
    private readonly runner: WebhookEventRunner,
    private readonly tenant: TenantContextService,
    private readonly leads: LeadByEmailService,
    private readonly timeline: EmailTimelineService,
  ) {}

  handle(data: WebhookEventJobData): Promise<void> {
    return this.runner.run(data, async (event) => {
      const raw = Buffer.from(String(event.payload.raw ?? ''), 'base64');
      const parsed = await simpleParser(raw);
      const { metadata } = toInboundEmail(parsed, raw, '');
      const sender = metadata.from_email;
      const identity = { organizationId: data.organizationId };
      for (const address of [sender, ...metadata.to_email, ...metadata.cc]) {
        const lead = await this.tenant.run(identity, () => this.leads.find(address));
        if (!lead) continue;
        // Seen from the lead: their message is inbound, one to them outbound.
        const email = toInboundEmail(parsed, raw, address === sender ? '' : sender);
        await this.timeline.record(identity, lead, email);
        return;
      }
      this.logger.log(
        { orgId: data.organizationId, eventId: event.id },
        'drop-box message matches no lead',
      );
    });
  }
}
