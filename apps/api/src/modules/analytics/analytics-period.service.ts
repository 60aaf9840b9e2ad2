import { Injectable } from '@nestjs/common';
import { Role, type AnalyticsPeriod } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import type { AnalyticsQueryDto } from './dto/analytics-query.dto';
import { AnalyticsException } from './analytics.exception';
import { DEFAULT_PERIOD_DAYS, periodProblem } from './utils/analytics-period.util';

/**
 * A report's period as instants, `[start, end)`: local midnight of `from` and of the day after
 * `to` in the organisation's time zone, plus the owner every figure is narrowed to (null: all).
 */
export type ResolvedPeriod = {
  organizationId: string;
  period: AnalyticsPeriod;
  start: Date;
  end: Date;
  ownerId: string | null;
};

type PeriodRow = { time_zone: string; from: string; to: string; start_at: Date; end_at: Date };

/**
 * Turns the query into a period and an owner: missing dates default to the last 30 days up to
 * today in the organisation's time zone; PostgreSQL converts the local days to instants
 * (`AT TIME ZONE`, daylight saving included). Agents always get their own figures.
 */
@Injectable()
export class AnalyticsPeriodService {
  constructor(private readonly tenant: TenantContextService) {}

  async resolve(query: AnalyticsQueryDto): Promise<ResolvedPeriod> {
    const ownerId = this.owner(query.owner_id);
    const organizationId = this.tenant.organizationId;
    // Also turns JIT off for the rest of the request's transaction: the reports' index probes
    // look costly to the planner, and compiling them took longer (~140 ms) than running them.
    const [row] = await this.tenant.manager.query<PeriodRow[]>(
      `WITH o AS (
         SELECT time_zone, coalesce($3::date, (now() AT TIME ZONE time_zone)::date) AS to_date
           FROM organizations WHERE id = $1
       ), p AS (
         SELECT time_zone, to_date, coalesce($2::date, to_date - $4::int) AS from_date FROM o
       )
       SELECT time_zone, from_date::text AS "from", to_date::text AS "to",
              from_date::timestamp AT TIME ZONE time_zone AS start_at,
              (to_date + 1)::timestamp AT TIME ZONE time_zone AS end_at,
              set_config('jit', 'off', true) AS jit
         FROM p`,
      [organizationId, query.from ?? null, query.to ?? null, DEFAULT_PERIOD_DAYS - 1],
    );
    if (!row) throw new Error(`organisation ${organizationId} is not visible to its own member`);
    // Given both ends the DTO has checked them; a filled-in end can still go wrong.
    const problem = periodProblem(row.from, row.to);
    if (problem) throw AnalyticsException.invalidPeriod(problem, query.from ? 'from' : 'to');
    return {
      organizationId,
      period: { from: row.from, to: row.to, owner_id: ownerId, time_zone: row.time_zone },
      start: row.start_at,
      end: row.end_at,
      ownerId,
    };
  }

  /** `me` and agents resolve to the caller; an agent naming someone else is refused. */
  private owner(requested: string | undefined): string | null {
    const self = this.tenant.userId ?? null;
    const resolved = requested === 'me' ? self : (requested?.toLowerCase() ?? null);
    if (this.tenant.role !== Role.Agent) return resolved;
    if (resolved !== null && resolved !== self) throw AnalyticsException.ownerForbidden();
    return self;
  }
}
