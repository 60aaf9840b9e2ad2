import { Injectable, Logger } from '@nestjs/common';
import {
  AiSummaryProvider,
  AiSummaryStatus,
  type AiSummaryResponse,
  type ListEnvelope,
} from '@loved/shared';
import { LessThan, MoreThan } from 'typeorm';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadAccessService } from '../leads/lead-access.service';
import {
  AI_SUMMARY_JOB_ATTEMPTS,
  INTERRUPTED_ERROR,
  LOCAL_SUMMARY_MODEL,
  PENDING_REUSE_MS,
  PENDING_STALE_MS,
} from './ai-summary.constant';
import { AiSummaryEntity } from './ai-summary.entity';
import { AiSummaryException } from './ai-summary.exception';
import { AiSummaryGenerateService } from './ai-summary-generate.service';
import { AiSummaryQuotaService } from './ai-summary-quota.service';
import { toAiSummaryResponse } from './ai-summary.mapper';
import type { AiSummaryListQueryDto } from './dto/ai-summary.dto';
import { AI_SUMMARY_JOB, type AiSummaryJobData } from './jobs/ai-summary.job-data';
import { OpenAiSummaryClient } from './providers/openai-summary.client';

/**
 * AI summaries as people ask for them: request one for a lead (stored `pending`, written by a
 * job), list the organisation's or a lead's, read one. Agents only reach the summaries of the
 * leads they may see, as with the leads themselves.
 */
@Injectable()
export class AiSummariesService {
  private readonly logger = new Logger(AiSummariesService.name);

  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(AiSummaryEntity)
    private readonly summaries: TenantScopedRepository<AiSummaryEntity>,
    private readonly access: LeadAccessService,
    private readonly quota: AiSummaryQuotaService,
    private readonly queue: JobQueue,
    private readonly generator: AiSummaryGenerateService,
    private readonly openAi: OpenAiSummaryClient,
  ) {}

  /** Stores a pending summary of the lead and queues its job; the quota is checked first. */
  async request(leadId: string): Promise<AiSummaryResponse> {
    const lead = await this.access.requireVisible(leadId);
    await this.quota.lock();
    await this.failStale(lead.id);
    const waiting = await this.summaries.findOne({
      where: {
        leadId: lead.id,
        status: AiSummaryStatus.Pending,
        createdAt: MoreThan(new Date(Date.now() - PENDING_REUSE_MS)),
      },
      order: { createdAt: 'DESC' },
    });
    if (waiting) return toAiSummaryResponse(waiting);
    await this.quota.requireAvailable();
    const summary = await this.summaries.save(
      this.summaries.create({
        leadId: lead.id,
        conversationId: lead.id,
        status: AiSummaryStatus.Pending,
        provider: this.openAi.configured ? AiSummaryProvider.OpenAi : AiSummaryProvider.Local,
        model: this.openAi.configured ? this.openAi.model : LOCAL_SUMMARY_MODEL,
        requestedByUserId: this.tenant.userId ?? null,
      }),
    );
    const data: AiSummaryJobData = {
      organizationId: this.tenant.organizationId,
      summaryId: summary.id,
      requestedByUserId: summary.requestedByUserId,
    };
    // Only once the summary is committed can the job find it.
    this.tenant.afterCommit(() => void this.enqueue(data));
    return toAiSummaryResponse(summary);
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(query: AiSummaryListQueryDto): Promise<ListEnvelope<AiSummaryResponse>> {
    const builder = this.summaries
      .createQueryBuilder('s')
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(query.limit + 1);
    if (query.lead_id) {
      const lead = await this.access.requireVisible(query.lead_id);
      builder.andWhere('s.lead_id = :leadId', { leadId: lead.id });
    } else {
      const visible = this.access.visibleLeadIds();
      if (visible) builder.andWhere(`s.lead_id IN (${visible.sql})`, visible.parameters);
    }
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      builder.andWhere('(s.created_at, s.id) < (:createdAt, :id)', { createdAt, id });
    }
    const page = toKeysetPage(await builder.getMany(), query.limit, (last) => [
      last.createdAt.toISOString(),
      last.id,
    ]);
    return { items: page.rows.map(toAiSummaryResponse), next_cursor: page.next_cursor };
  }

  async get(id: string): Promise<AiSummaryResponse> {
    const builder = this.summaries.createQueryBuilder('s').andWhere('s.id = :id', { id });
    const visible = this.access.visibleLeadIds();
    if (visible) builder.andWhere(`s.lead_id IN (${visible.sql})`, visible.parameters);
    const summary = await builder.getOne();
    if (!summary) throw AiSummaryException.notFound();
    return toAiSummaryResponse(summary);
  }

  /** Pending summaries of the lead whose job is surely gone; they stop counting as used. */
  private async failStale(leadId: string): Promise<void> {
    await this.summaries.update(
      {
        leadId,
        status: AiSummaryStatus.Pending,
        createdAt: LessThan(new Date(Date.now() - PENDING_STALE_MS)),
      },
      { status: AiSummaryStatus.Failed, error: INTERRUPTED_ERROR, completedAt: new Date() },
    );
  }

  private async enqueue(data: AiSummaryJobData): Promise<void> {
    try {
      await this.queue.enqueue(QueueName.Default, AI_SUMMARY_JOB, data, {
        jobId: data.summaryId,
        attempts: AI_SUMMARY_JOB_ATTEMPTS,
      });
    } catch (error) {
      this.logger.error({
        msg: 'AI summary could not be queued',
        summaryId: data.summaryId,
        err: error,
      });
      await this.generator
        .abandon(data, 'The summary could not be queued; request it again.')
        .catch((abandonError: unknown) =>
          this.logger.error({
            msg: 'AI summary left pending',
            summaryId: data.summaryId,
            err: abandonError,
          }),
        );
    }
  }
}
