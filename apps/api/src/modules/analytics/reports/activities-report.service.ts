import { Injectable } from '@nestjs/common';
import type { ActivitiesDoneResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';
import { ownerClause } from '../utils/value-bucket.util';

type RepRow = { user_id: string | null; name: string | null; done: number; overdue_open: number };

/**
 * Per assignee: activities completed in the period, and open ones already overdue now (a
 * backlog, whatever the period). The owner filter is the activity's assignee.
 */
@Injectable()
export class ActivitiesReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<ActivitiesDoneResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId, resolved.start, resolved.end];
    const owner = ownerClause('a.assigned_user_id', resolved.ownerId, params);
    // Two index ranges (done in the period; open and due before now) rather than one OR.
    const rows = await this.tenant.manager.query<RepRow[]>(
      `SELECT r.user_id, u.name, sum(r.done)::int AS done, sum(r.overdue_open)::int AS overdue_open
         FROM (SELECT a.assigned_user_id AS user_id, count(*) AS done, 0 AS overdue_open
                 FROM activities a
                WHERE a.organization_id = $1 AND a.done_at >= $2 AND a.done_at < $3${owner}
                GROUP BY 1
               UNION ALL
               SELECT a.assigned_user_id, 0, count(*)
                 FROM activities a
                WHERE a.organization_id = $1 AND a.done_at IS NULL AND a.due_at < now()${owner}
                GROUP BY 1) r
         LEFT JOIN users u ON u.id = r.user_id
        GROUP BY r.user_id, u.name
        ORDER BY sum(r.done) DESC, sum(r.overdue_open) DESC, u.name NULLS LAST, r.user_id`,
      params,
    );
    return {
      period: resolved.period,
      reps: rows.map((r) => ({
        user: r.user_id ? { id: r.user_id, name: r.name ?? '' } : null,
        done: r.done,
        overdue_open: r.overdue_open,
      })),
    };
  }
}
