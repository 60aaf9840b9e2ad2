import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { FilesModule } from '../files/files.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { LeadsModule } from '../leads/leads.module';
import { GraphApiClient } from './graph/graph-api.client';
import { WhatsAppEventProcessor } from './inbound/whatsapp-event-processor.service';
import { WhatsAppInboundService } from './inbound/whatsapp-inbound.service';
import { WhatsAppMediaService } from './inbound/whatsapp-media.service';
import { WhatsAppWebhookJob } from './jobs/whatsapp-webhook.job';
import { WhatsAppSendController } from './send/whatsapp-send.controller';
import { WhatsAppSendService } from './send/whatsapp-send.service';
import { WhatsAppTemplatesController } from './send/whatsapp-templates.controller';
import { WhatsAppWindowService } from './send/whatsapp-window.service';
import { WhatsAppWebhookController } from './webhook/whatsapp-webhook.controller';
import { WhatsAppWebhookIntakeService } from './webhook/whatsapp-webhook-intake.service';
import { WhatsAppAccountService } from './whatsapp-account.service';
import { WhatsAppConnectService } from './whatsapp-connect.service';
import { WhatsAppIntegrationController } from './whatsapp-integration.controller';

/**
 * The WhatsApp Business (Cloud API) channel: connecting a number, Meta's signed webhooks into
 * the durable inbox, the worker applying them to leads' timelines, and sending from the CRM.
 */
@Module({
  imports: [IntegrationsModule, LeadsModule, CommunicationsModule, FilesModule],
  controllers: [
    WhatsAppIntegrationController,
    WhatsAppWebhookController,
    WhatsAppSendController,
    WhatsAppTemplatesController,
  ],
  providers: [
    GraphApiClient,
    WhatsAppAccountService,
    WhatsAppConnectService,
    WhatsAppWebhookIntakeService,
    WhatsAppEventProcessor,
    WhatsAppInboundService,
    WhatsAppMediaService,
    WhatsAppWebhookJob,
    WhatsAppSendService,
    WhatsAppWindowService,
  ],
})
export class WhatsAppModule {}
