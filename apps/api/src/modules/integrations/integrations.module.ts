import { Module } from '@nestjs/common';
import { credentialsCipherProvider } from '../../core/crypto/credentials-cipher.provider';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { WebhookEventRunner } from './inbox/webhook-event-runner.service';
import { WebhookEventsService } from './inbox/webhook-events.service';
import { WebhookInboxService } from './inbox/webhook-inbox.service';
import { WebhookSweeper } from './inbox/webhook-sweeper.service';
import { WebhookMetrics } from './inbox/webhook.metrics';
import { IntegrationDirectory } from './integration-directory.service';
import { IntegrationEntity } from './integration.entity';
import { IntegrationHealthService } from './integration-health.service';
import { IntegrationsService } from './integrations.service';
import { WebhookEventsController } from './webhook-events.controller';

/**
 * What every provider integration shares: the per-organisation records with sealed
 * credentials, the cross-tenant lookup webhooks route by, and the durable webhook inbox.
 */
@Module({
  controllers: [WebhookEventsController],
  providers: [
    IntegrationsService,
    IntegrationDirectory,
    IntegrationHealthService,
    WebhookInboxService,
    WebhookEventsService,
    WebhookEventRunner,
    WebhookSweeper,
    WebhookMetrics,
    credentialsCipherProvider,
    provideTenantRepository(IntegrationEntity),
  ],
  exports: [
    IntegrationsService,
    IntegrationDirectory,
    IntegrationHealthService,
    WebhookInboxService,
    WebhookEventRunner,
  ],
})
export class IntegrationsModule {}
