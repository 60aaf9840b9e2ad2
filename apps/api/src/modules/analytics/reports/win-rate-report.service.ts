import { Injectable } from '@nestjs/common';
import type { LeadOutcome, WinRateResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';
import { ratio } from '../utils/analytics-ratio.util';
import { ownerClause, toValueBucket } from '../utils/value-bucket.util';

type OutcomeRow = { outcome: LeadOutcome; count: number; cents: string; cycle_days: string | null };

/**
 * Leads closed (result set) in the period: won and lost with their values, the win rate, and
 * the mean days from creation to close of the won ones (numeric in SQL, rounded to 1 place).
 */
@Injectable()
export class WinRateReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<WinRateResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId, resolved.start, resolved.end];
    const owner = ownerClause('l.assigned_user_id', resolved.ownerId, params);
    const rows = await this.tenant.manager.query<OutcomeRow[]>(
      `SELECT l.outcome, count(*)::int AS count,
              coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents,
              round(avg(extract(epoch FROM l.closed_at - l.created_at)) / 86400, 1)::text AS cycle_days
         FROM leads l
        WHERE l.organization_id = $1 AND l.closed_at >= $2 AND l.closed_at < $3
          AND l.outcome IS NOT NULL${owner}
        GROUP BY l.outcome`,
      params,
    );
    const won = rows.find((r) => r.outcome === 'won');
    const lost = rows.find((r) => r.outcome === 'lost');
    const wonCount = won?.count ?? 0;
    return {
      period: resolved.period,
      won: toValueBucket(wonCount, won?.cents ?? '0'),
      lost: toValueBucket(lost?.count ?? 0, lost?.cents ?? '0'),
      win_rate: ratio(wonCount, wonCount + (lost?.count ?? 0)),
      average_cycle_days: won?.cycle_days ?? null,
    };
  }
}
