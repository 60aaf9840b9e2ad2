import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { CommunicationsModule } from '../communications/communications.module';
import { LeadsModule } from '../leads/leads.module';
import { LiveModule } from '../live/live.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WebhookOutboxModule } from '../webhook-endpoints/webhook-outbox.module';
import { AiSummariesController } from './ai-summaries.controller';
import { AiSummariesService } from './ai-summaries.service';
import { AiSummaryGenerateService } from './ai-summary-generate.service';
import { AiSummaryQuotaService } from './ai-summary-quota.service';
import { AiSummaryEntity } from './ai-summary.entity';
import { AiSummaryJob } from './jobs/ai-summary.job';
import { OpenAiSummaryClient } from './providers/openai-summary.client';

/**
 * AI summaries of a lead's conversation: sentiment and next actions from its whole timeline,
 * written by any OpenAI-compatible model or, without a key, by a local summariser.
 */
@Module({
  imports: [
    LeadsModule,
    CommunicationsModule,
    OrganizationsModule,
    LiveModule,
    WebhookOutboxModule,
  ],
  controllers: [AiSummariesController],
  providers: [
    AiSummariesService,
    AiSummaryQuotaService,
    AiSummaryGenerateService,
    AiSummaryJob,
    OpenAiSummaryClient,
    provideTenantRepository(AiSummaryEntity),
  ],
  exports: [AiSummariesService],
})
export class AiSummariesModule {}
