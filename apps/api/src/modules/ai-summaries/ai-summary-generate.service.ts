import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AiSummaryProvider,
  AiSummaryStatus,
  type CommunicationResponse,
  type LeadStage,
} from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import {
  CommunicationHistoryService,
  type HistoryPosition,
} from '../communications/communication-history.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { LeadsService } from '../leads/leads.service';
import { LiveEventsService } from '../live/live-events.service';
import { WebhookOutboxService } from '../webhook-endpoints/webhook-outbox.service';
import { AI_SUMMARY_JOB_ATTEMPTS, HISTORY_BATCH_SIZE } from './ai-summary.constant';
import { AiSummaryEntity } from './ai-summary.entity';
import { toAiSummaryResponse } from './ai-summary.mapper';
import type { AiSummaryJobData } from './jobs/ai-summary.job-data';
import { OpenAiSummaryClient, type TokenUsage } from './providers/openai-summary.client';
import {
  SummaryProviderError,
  toSummaryFailure,
  type SummaryFailure,
} from './providers/summary-provider.errors';
import { summariseLocally } from './utils/local-summary.util';
import type { SummaryDraft } from './utils/summary-output.util';
import { buildSummaryPrompt, type SummaryPrompt } from './utils/summary-prompt.util';

/** What the job read before calling a summariser (no database connection is held meanwhile). */
type Prepared = {
  summary: AiSummaryEntity;
  lead: { name: string; stage: LeadStage };
  prompt: SummaryPrompt;
  now: Date;
};

type Written = { draft: SummaryDraft; usage: TokenUsage | null };

/**
 * The job's work: read the lead's timeline (newest first, within the token budget), have the
 * model or the local summariser write the summary, check it, store it `done` and tell the
 * lead's watchers; or store why it `failed` once retrying cannot help. Idempotent: only a
 * `pending` summary is worked on.
 */
@Injectable()
export class AiSummaryGenerateService {
  private readonly logger = new Logger(AiSummaryGenerateService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(AiSummaryEntity)
    private readonly summaries: TenantScopedRepository<AiSummaryEntity>,
    private readonly history: CommunicationHistoryService,
    private readonly access: LeadAccessService,
    private readonly leads: LeadsService,
    private readonly live: LiveEventsService,
    private readonly openAi: OpenAiSummaryClient,
    private readonly webhooks: WebhookOutboxService,
  ) {}

  async generate(data: AiSummaryJobData): Promise<void> {
    const identity = {
      organizationId: data.organizationId,
      userId: data.requestedByUserId ?? undefined,
    };
    const prepared = await this.tenant.run(identity, () => this.prepare(data.summaryId));
    if (!prepared) return;
    const startedAt = Date.now();
    let written: Written;
    try {
      written = await this.write(prepared);
    } catch (error) {
      const failure = toSummaryFailure(error, prepared.summary.model);
      const final = await this.tenant.run(identity, () => this.fail(data.summaryId, failure));
      this.logger.warn({
        // In the object: Nest's Logger would take a second argument for its context.
        msg: final ? 'AI summary failed' : 'AI summary attempt failed; the job will retry',
        summaryId: data.summaryId,
        orgId: data.organizationId,
        provider: prepared.summary.provider,
        model: prepared.summary.model,
        errorName: error instanceof Error ? error.name : typeof error,
        reason: failure.message,
        final,
      });
      // The queue retries with backoff; the summary stays pending until then. Our own error, so
      // the queue's log of it holds the reason and nothing the provider sent back.
      if (!final) throw new SummaryProviderError(failure.message, true);
      return;
    }
    await this.tenant.run(identity, () => this.complete(prepared, written));
    this.logger.log({
      msg: 'AI summary written',
      summaryId: data.summaryId,
      orgId: data.organizationId,
      provider: prepared.summary.provider,
      model: prepared.summary.model,
      communications: prepared.prompt.included.length,
      promptTokens: written.usage?.prompt_tokens ?? null,
      completionTokens: written.usage?.completion_tokens ?? null,
      ms: Date.now() - startedAt,
    });
  }

  /**
   * Marks a summary `failed` for good when its job could not even be queued, so it does not
   * wait forever.
   */
  async abandon(data: AiSummaryJobData, message: string): Promise<void> {
    const identity = {
      organizationId: data.organizationId,
      userId: data.requestedByUserId ?? undefined,
    };
    await this.tenant.run(identity, () => this.fail(data.summaryId, { message, retryable: false }));
  }

  private async prepare(summaryId: string): Promise<Prepared | null> {
    const summary = await this.summaries.findOneBy({ id: summaryId });
    if (summary?.status !== AiSummaryStatus.Pending) return null;
    const lead = await this.access.requireVisible(summary.leadId);
    const { communications, olderUnread } = await this.readHistory(lead.id);
    const now = new Date();
    const prompt = buildSummaryPrompt({
      lead: { name: lead.name, stage: lead.stage },
      communications,
      olderUnread,
      now,
      maxTokens: this.config.env.AI_SUMMARY_MAX_PROMPT_TOKENS,
      redact: this.config.env.AI_REDACT_PII,
    });
    return { summary, lead: { name: lead.name, stage: lead.stage }, prompt, now };
  }

  /**
   * The lead's communications newest first, in batches, until they are surely more than the
   * prompt's budget holds: a lead with years of messages is not read whole.
   */
  private async readHistory(
    leadId: string,
  ): Promise<{ communications: CommunicationResponse[]; olderUnread: boolean }> {
    const budget = this.config.env.AI_SUMMARY_MAX_PROMPT_TOKENS * 4;
    const communications: CommunicationResponse[] = [];
    let characters = 0;
    let before: HistoryPosition | undefined;
    for (;;) {
      const batch = await this.history.newestFirst(leadId, { before, limit: HISTORY_BATCH_SIZE });
      communications.push(...batch);
      for (const c of batch) characters += c.content.length + (c.subject?.length ?? 0);
      const oldest = batch.at(-1);
      if (!oldest || batch.length < HISTORY_BATCH_SIZE)
        return { communications, olderUnread: false };
      if (characters > budget) return { communications, olderUnread: true };
      before = { sentAt: oldest.sent_at, id: oldest.id };
    }
  }

  private async write(prepared: Prepared): Promise<Written> {
    if (prepared.summary.provider === AiSummaryProvider.OpenAi) {
      return this.openAi.summarise(prepared.prompt);
    }
    const draft = summariseLocally({
      lead: prepared.lead,
      communications: prepared.prompt.included,
      now: prepared.now,
    });
    return { draft, usage: null };
  }

  private async complete(prepared: Prepared, written: Written): Promise<void> {
    const summary = await this.summaries.findOne({
      where: { id: prepared.summary.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (summary?.status !== AiSummaryStatus.Pending) return;
    const { included } = prepared.prompt;
    const first = included[0];
    const last = included.at(-1);
    summary.status = AiSummaryStatus.Done;
    summary.summary = written.draft.summary;
    summary.sentiment = written.draft.sentiment;
    summary.nextActions = written.draft.next_actions;
    summary.confidenceScore = written.draft.confidence;
    summary.firstCommunicationId = first?.id ?? null;
    summary.lastCommunicationId = last?.id ?? null;
    summary.coveredFrom = first ? new Date(first.sent_at) : null;
    summary.coveredTo = last ? new Date(last.sent_at) : null;
    summary.communicationsCount = included.length;
    summary.promptTokens = written.usage?.prompt_tokens ?? null;
    summary.completionTokens = written.usage?.completion_tokens ?? null;
    summary.error = null;
    summary.completedAt = new Date();
    const saved = await this.summaries.save(summary);
    await this.leads.markHasAiSummary(saved.leadId);
    await this.announce(saved);
  }

  /** Counts a failed try; true when the summary is now `failed` for good. */
  private async fail(summaryId: string, failure: SummaryFailure): Promise<boolean> {
    const summary = await this.summaries.findOne({
      where: { id: summaryId },
      lock: { mode: 'pessimistic_write' },
    });
    if (summary?.status !== AiSummaryStatus.Pending) return true;
    summary.attempts += 1;
    const final = !failure.retryable || summary.attempts >= AI_SUMMARY_JOB_ATTEMPTS;
    if (final) {
      summary.status = AiSummaryStatus.Failed;
      summary.error = failure.retryable
        ? `${failure.message} Gave up after ${summary.attempts} attempts.`
        : failure.message;
      summary.completedAt = new Date();
    }
    const saved = await this.summaries.save(summary);
    if (final) await this.announce(saved);
    return final;
  }

  /**
   * `ai_summary.ready`, to those who may see the lead (after the commit), and to the webhook
   * endpoints subscribed to it (in this transaction).
   */
  private async announce(summary: AiSummaryEntity): Promise<void> {
    const lead = await this.access.requireVisible(summary.leadId);
    const response = toAiSummaryResponse(summary);
    await this.webhooks.record('ai_summary.ready', { ai_summary: response, lead_id: lead.id });
    this.live.publish({
      type: 'ai_summary.ready',
      lead_id: lead.id,
      assigned_user_id: lead.assignedUserId,
      ai_summary: response,
    });
  }
}
