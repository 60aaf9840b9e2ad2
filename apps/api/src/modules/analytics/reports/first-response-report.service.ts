import { Injectable } from '@nestjs/common';
import type { Channel, FirstResponseResponse } from '@loved/shared';
import { TenantContextService } from '../../../core/tenancy/tenant-context.service';
import { AnalyticsPeriodService } from '../analytics-period.service';
import type { AnalyticsQueryDto } from '../dto/analytics-query.dto';

type ResponseRow = {
  agent_id: string | null;
  agent_name: string | null;
  channel: Channel | null;
  replied: number;
  average_seconds: string | null;
  median_seconds: string | null;
  unanswered: number;
};

/**
 * How fast customers get an answer. A customer message received in the period opens a
 * conversation when the message before it on the same lead and channel (if any) is ours; its
 * reply is our first later message there. Per reply author and channel: count, mean and median
 * seconds (exact numeric, rounded to whole seconds). Notes and internal entries never count.
 * The owner filter is the lead's owner. Each look-up is one index-only probe of
 * `idx_communications_conversation`, whose predicate (`channel <> 'note'`) every probe repeats.
 */
@Injectable()
export class FirstResponseReportService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly periods: AnalyticsPeriodService,
  ) {}

  async report(query: AnalyticsQueryDto): Promise<FirstResponseResponse> {
    const resolved = await this.periods.resolve(query);
    const params: unknown[] = [resolved.organizationId, resolved.start, resolved.end];
    let owner = '';
    if (resolved.ownerId !== null) {
      params.push(resolved.ownerId);
      owner = ` AND EXISTS (SELECT 1 FROM leads l WHERE l.organization_id = c.organization_id
                              AND l.id = c.lead_id AND l.assigned_user_id = $${params.length})`;
    }
    const rows = await this.tenant.manager.query<ResponseRow[]>(
      `WITH openers AS (
         SELECT c.channel, c.sent_at, reply.sent_at AS replied_at, reply.author_user_id
           FROM communications c
           LEFT JOIN LATERAL (
             SELECT r.sent_at, r.author_user_id FROM communications r
              WHERE r.organization_id = c.organization_id AND r.lead_id = c.lead_id
                AND r.channel = c.channel AND r.channel <> 'note' AND r.direction = 'outbound'
                AND (r.sent_at, r.id) > (c.sent_at, c.id)
              ORDER BY r.sent_at, r.id LIMIT 1) reply ON true
          WHERE c.organization_id = $1 AND c.sent_at >= $2 AND c.sent_at < $3
            AND c.direction = 'inbound' AND c.channel <> 'note'${owner}
            AND coalesce((SELECT p.direction FROM communications p
                           WHERE p.organization_id = c.organization_id AND p.lead_id = c.lead_id
                             AND p.channel = c.channel AND p.channel <> 'note'
                             AND p.direction IN ('inbound', 'outbound')
                             AND (p.sent_at, p.id) < (c.sent_at, c.id)
                           ORDER BY p.sent_at DESC, p.id DESC LIMIT 1), 'outbound') = 'outbound'
       ), replies AS (
         SELECT author_user_id, channel, extract(epoch FROM replied_at - sent_at) AS seconds
           FROM openers WHERE replied_at IS NOT NULL
       ), per_agent AS (
         SELECT author_user_id, channel, count(*)::int AS replied, avg(seconds) AS average,
                array_agg(seconds ORDER BY seconds) AS sorted
           FROM replies GROUP BY author_user_id, channel
       )
       SELECT a.author_user_id AS agent_id, u.name AS agent_name, a.channel, a.replied,
              round(a.average)::text AS average_seconds,
              round((a.sorted[(a.replied + 1) / 2] + a.sorted[(a.replied + 2) / 2]) / 2)::text AS median_seconds,
              0 AS unanswered
         FROM per_agent a LEFT JOIN users u ON u.id = a.author_user_id
       UNION ALL
       SELECT NULL, NULL, NULL, 0, NULL, NULL, count(*)::int FROM openers WHERE replied_at IS NULL
       ORDER BY agent_name NULLS LAST, agent_id, channel`,
      params,
    );
    return {
      period: resolved.period,
      rows: rows
        .filter((r) => r.channel !== null)
        .map((r) => ({
          agent: r.agent_id ? { id: r.agent_id, name: r.agent_name ?? '' } : null,
          channel: r.channel as Channel,
          replied: r.replied,
          average_seconds: Number(r.average_seconds),
          median_seconds: Number(r.median_seconds),
        })),
      unanswered: rows.find((r) => r.channel === null)?.unanswered ?? 0,
    };
  }
}
