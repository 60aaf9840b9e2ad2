import { Injectable } from '@nestjs/common';
import { AiSummaryStatus } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { OrganizationsService } from '../organizations/organizations.service';
import { AiSummaryEntity } from './ai-summary.entity';
import { AiSummaryException } from './ai-summary.exception';
import { MONTHLY_SUMMARY_LIMIT, monthWindow } from './utils/summary-quota.util';

/**
 * The plan's monthly allowance of AI summaries: every summary of the calendar month counts
 * except failed ones (a failure is not the customer's to pay for). Checked before any
 * provider is called.
 */
@Injectable()
export class AiSummaryQuotaService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly organizations: OrganizationsService,
    @InjectTenantRepository(AiSummaryEntity)
    private readonly summaries: TenantScopedRepository<AiSummaryEntity>,
  ) {}

  /**
   * Serialises the organisation's summary requests until the current transaction ends, so two
   * requests at once cannot both take the last summary of the month (or both start one).
   */
  async lock(): Promise<void> {
    await this.tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `ai-summary-quota:${this.tenant.organizationId}`,
    ]);
  }

  /** Refuses (429) a summary beyond the quota; call it after `lock`, in the same transaction. */
  async requireAvailable(now: Date = new Date()): Promise<void> {
    const { plan } = await this.organizations.getCurrent();
    const limit = MONTHLY_SUMMARY_LIMIT[plan];
    if (limit === null) return;
    const { start, resetsAt } = monthWindow(now);
    const used = await this.summaries
      .createQueryBuilder('s')
      .andWhere('s.created_at >= :start', { start })
      .andWhere('s.status <> :failed', { failed: AiSummaryStatus.Failed })
      .getCount();
    if (used >= limit) throw AiSummaryException.quotaExceeded({ plan, limit, used, resetsAt }, now);
  }
}
