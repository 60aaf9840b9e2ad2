import { Injectable } from '@nestjs/common';
import type { LeadOutcome, LostReasonsResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';
import { ownerClause } from '../utils/value-bucket.util';

type ReasonRow = { outcome: LeadOutcome; reason: string; count: number; cents: string };

/** Leads closed in the period: how many won and lost, and the lost ones by reason, most first. */
@Injectable()
export class LostReasonsReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<LostReasonsResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId, resolved.start, resolved.end];
    const owner = ownerClause('l.assigned_user_id', resolved.ownerId, params);
    // Won leads keep no reason: they form one group of their own.
    const rows = await this.tenant.manager.query<ReasonRow[]>(
      `SELECT l.outcome, CASE WHEN l.outcome = 'lost' THEN coalesce(l.lost_reason, '') ELSE '' END AS reason,
              count(*)::int AS count,
              coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents
         FROM leads l
        WHERE l.organization_id = $1 AND l.closed_at >= $2 AND l.closed_at < $3
          AND l.outcome IS NOT NULL${owner}
        GROUP BY 1, 2
        ORDER BY count(*) DESC, sum(l.estimated_value_cents::numeric) DESC NULLS LAST, 2`,
      params,
    );
    const lost = rows.filter((r) => r.outcome === 'lost');
    return {
      period: resolved.period,
      won: rows.filter((r) => r.outcome === 'won').reduce((n, r) => n + r.count, 0),
      lost: lost.reduce((n, r) => n + r.count, 0),
      reasons: lost.map((r) => ({
        reason: r.reason,
        count: r.count,
        value_cents: Number(r.cents),
      })),
    };
  }
}
