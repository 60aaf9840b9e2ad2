import { Injectable } from '@nestjs/common';
import { LEAD_STAGES, type FunnelResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';
import { ratio } from '../utils/analytics-ratio.util';
import { ownerClause } from '../utils/value-bucket.util';

/** Leads of the cohort by the furthest stage they ever reached (1 = lead … 5 = fechado). */
type TopRow = { top: number; won: boolean; count: number };

/**
 * The funnel of the leads created in the period: how far each got. The furthest stage is the
 * highest of the current one and every stage its `created` / `stage_changed` events name, so a
 * lead moved back (or straight past a stage) still counts for every stage up to its best.
 */
@Injectable()
export class FunnelReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<FunnelResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId, resolved.start, resolved.end, LEAD_STAGES];
    const owner = ownerClause('l.assigned_user_id', resolved.ownerId, params);
    const rows = await this.tenant.manager.query<TopRow[]>(
      `SELECT greatest(array_position($4::text[], l.stage::text),
                       (SELECT max(array_position($4::text[], e.to_value))
                          FROM lead_events e
                         WHERE e.organization_id = l.organization_id AND e.lead_id = l.id
                           AND e.type IN ('created', 'stage_changed'))) AS top,
              l.outcome IS NOT DISTINCT FROM 'won' AS won,
              count(*)::int AS count
         FROM leads l
        WHERE l.organization_id = $1 AND l.created_at >= $2 AND l.created_at < $3${owner}
        GROUP BY 1, 2`,
      params,
    );
    const reached = LEAD_STAGES.map((_, i) =>
      rows.filter((r) => r.top >= i + 1).reduce((n, r) => n + r.count, 0),
    );
    reached.push(rows.filter((r) => r.won).reduce((n, r) => n + r.count, 0));
    const names = [...LEAD_STAGES, 'won' as const];
    return {
      period: resolved.period,
      stages: names.map((stage, i) => ({
        stage,
        reached: reached[i] ?? 0,
        conversion_from_previous: i === 0 ? null : ratio(reached[i] ?? 0, reached[i - 1] ?? 0),
      })),
    };
  }
}
