import { Module } from '@nestjs/common';
import { credentialsCipherProvider } from '../../core/crypto/credentials-cipher.provider';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WebhookDeliveryPurgeJob } from './jobs/webhook-delivery-purge.job';
import { WebhookDeliverySweepJob } from './jobs/webhook-delivery-sweep.job';
import { WebhookDispatchJob } from './jobs/webhook-dispatch.job';
import { WebhookDeliverySweepScheduler } from './webhook-delivery-sweep.scheduler';
import { WebhookDeliverySweeper } from './webhook-delivery-sweeper.service';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveryRetention } from './webhook-delivery-retention.service';
import { WebhookDeliveryMetrics } from './webhook-delivery.metrics';
import { WebhookDispatchService } from './webhook-dispatch.service';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookOutboxModule } from './webhook-outbox.module';

/**
 * Outbound signed webhooks: admins' endpoints, the outbox other modules write to in their own
 * transaction, and the workers that deliver it in order with retries.
 */
@Module({
  imports: [NotificationsModule, OrganizationsModule, WebhookOutboxModule],
  controllers: [WebhookEndpointsController],
  providers: [
    WebhookEndpointsService,
    WebhookDispatchService,
    WebhookDispatchJob,
    WebhookDeliverySweeper,
    WebhookDeliverySweepJob,
    WebhookDeliverySweepScheduler,
    WebhookDeliveryRetention,
    WebhookDeliveryPurgeJob,
    WebhookDeliveryMetrics,
    credentialsCipherProvider,
    provideTenantRepository(WebhookEndpointEntity),
    provideTenantRepository(WebhookDeliveryEntity),
  ],
})
export class WebhookEndpointsModule {}
