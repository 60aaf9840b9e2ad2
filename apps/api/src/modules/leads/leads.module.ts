import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { DealHealthModule } from '../deal-health/deal-health.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { WebhookOutboxModule } from '../webhook-endpoints/webhook-outbox.module';
import { LeadAccessService } from './lead-access.service';
import { LeadByEmailService } from './lead-by-email.service';
import { LeadByPhoneService } from './lead-by-phone.service';
import { LeadChecksService } from './lead-checks.service';
import { LeadCreateService } from './lead-create.service';
import { LeadEventEntity } from './lead-event.entity';
import { LeadEventsService } from './lead-events.service';
import { LeadExportService } from './lead-export.service';
import { LeadImportExportController } from './lead-import-export.controller';
import { LeadImportService } from './lead-import.service';
import { LeadMoveService } from './lead-move.service';
import { LeadPositionService } from './lead-position.service';
import { LeadResponseService } from './lead-response.service';
import { LeadEntity } from './lead.entity';
import { LeadRepository } from './lead.repository';
import { LeadsController } from './leads.controller';
import { LeadsService } from './leads.service';
import { PipelineService } from './pipeline.service';
import { LeadResultService } from './lead-result.service';
import { LeadBulkService } from './lead-bulk.service';

@Module({
  imports: [
    UsersModule,
    OrganizationsModule,
    LiveModule,
    DealHealthModule,
    NotificationsModule,
    WebhookOutboxModule,
  ],
  controllers: [LeadsController, LeadImportExportController],
  providers: [
    LeadRepository,
    LeadsService,
    LeadCreateService,
    LeadChecksService,
    LeadResponseService,
    LeadMoveService,
    LeadAccessService,
    LeadPositionService,
    LeadEventsService,
    PipelineService,
    LeadResultService,
    LeadBulkService,
    LeadByPhoneService,
    LeadByEmailService,
    LeadImportService,
    LeadExportService,
    provideTenantRepository(LeadEntity),
    provideTenantRepository(LeadEventEntity),
  ],
  exports: [
    LeadsService,
    LeadAccessService,
    LeadEventsService,
    LeadByPhoneService,
    LeadByEmailService,
  ],
})
export class LeadsModule {}
