import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { LeadsModule } from '../leads/leads.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { WebhookOutboxModule } from '../webhook-endpoints/webhook-outbox.module';
import { CommunicationFiguresService } from './communication-figures.service';
import { CommunicationHistoryService } from './communication-history.service';
import { CommunicationSearchService } from './communication-search.service';
import { CommunicationEntity } from './communication.entity';
import { CommunicationsController } from './communications.controller';
import { CommunicationsService } from './communications.service';
import { PendingStatusEntity } from './pending-status.entity';
import { LeadContactService } from './lead-contact.service';
import { TimelineService } from './timeline.service';

@Module({
  imports: [
    ApiKeysModule,
    LeadsModule,
    LiveModule,
    NotificationsModule,
    UsersModule,
    WebhookOutboxModule,
  ],
  controllers: [CommunicationsController],
  providers: [
    CommunicationsService,
    LeadContactService,
    TimelineService,
    CommunicationSearchService,
    CommunicationHistoryService,
    CommunicationFiguresService,
    provideTenantRepository(CommunicationEntity),
    provideTenantRepository(PendingStatusEntity),
  ],
  exports: [CommunicationsService, CommunicationHistoryService, CommunicationFiguresService],
})
export class CommunicationsModule {}
