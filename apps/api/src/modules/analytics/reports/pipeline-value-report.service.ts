import { Injectable } from '@nestjs/common';
import { LEAD_STAGES, type LeadStage, type PipelineValueResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';
import { ownerClause, toValueBucket } from '../utils/value-bucket.util';

/** One grouping set: a stage's total (`by_stage`) or an owner's (`by_owner`). */
type ValueRow = {
  by_stage: boolean;
  stage: LeadStage | null;
  owner_id: string | null;
  owner_name: string | null;
  count: number;
  cents: string;
};

/**
 * What the open pipeline is worth now (the period is ignored): open leads (no result) by stage
 * and by owner, both from one scan of the leads.
 */
@Injectable()
export class PipelineValueReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<PipelineValueResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId];
    const owner = ownerClause('l.assigned_user_id', resolved.ownerId, params);
    const rows = await this.tenant.manager.query<ValueRow[]>(
      `SELECT g.by_stage, g.stage, g.owner_id, u.name AS owner_name, g.count, g.cents
         FROM (SELECT GROUPING(l.stage) = 0 AS by_stage, l.stage, l.assigned_user_id AS owner_id,
                      count(*)::int AS count,
                      coalesce(sum(l.estimated_value_cents::numeric), 0)::text AS cents
                 FROM leads l
                WHERE l.organization_id = $1 AND l.outcome IS NULL${owner}
                GROUP BY GROUPING SETS ((l.stage), (l.assigned_user_id))) g
         LEFT JOIN users u ON u.id = g.owner_id AND NOT g.by_stage
        ORDER BY g.cents::numeric DESC, g.count DESC, u.name, g.owner_id`,
      params,
    );
    const stages = new Map(rows.filter((r) => r.by_stage).map((r) => [r.stage, r]));
    return {
      period: resolved.period,
      by_stage: LEAD_STAGES.map((stage) => {
        const row = stages.get(stage);
        return { stage, ...toValueBucket(row?.count ?? 0, row?.cents ?? '0') };
      }),
      by_owner: rows
        .filter((r) => !r.by_stage)
        .map((r) => ({
          owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
          ...toValueBucket(r.count, r.cents),
        })),
    };
  }
}
