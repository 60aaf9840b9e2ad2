import { Injectable } from '@nestjs/common';
import type { Channel, ListEnvelope, TimelineItem } from '@loved/shared';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { UsersService } from '../users/users.service';
import { toTimelineItem, type TimelineActor } from './timeline.mapper';
import { timelinePageQuery, type TimelineRow } from './utils/timeline-query.util';

/**
 * One lead's timeline, newest first: its communications interleaved with changes to the lead
 * (stage, assignee, outcome) as system items. Keyset on (occurred_at, id), so items that
 * arrive between two page requests never shift or repeat a later page.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly access: LeadAccessService,
    private readonly users: UsersService,
  ) {}

  async page(
    leadId: string,
    options: { cursor?: string; limit: number; channel?: Channel },
  ): Promise<ListEnvelope<TimelineItem>> {
    const lead = await this.access.requireVisible(leadId);
    const after = options.cursor ? decodeCursor(options.cursor, ['timestamp', 'uuid']) : undefined;
    const { sql, params } = timelinePageQuery({
      organizationId: this.tenant.organizationId,
      leadId: lead.id,
      take: options.limit + 1,
      channel: options.channel,
      after,
    });
    const rows = await this.tenant.manager.query<TimelineRow[]>(sql, params);
    const page = toKeysetPage(rows, options.limit, (last) => [
      last.occurred_at.toISOString(),
      last.id,
    ]);
    const actors = await this.actorsOf(page.rows);
    return {
      items: page.rows.map((row) => toTimelineItem(row, actors)),
      next_cursor: page.next_cursor,
    };
  }

  /** The people behind the page's items (authors and actors), in one lookup (none without any). */
  private async actorsOf(rows: TimelineRow[]): Promise<Map<string, TimelineActor>> {
    const ids = [
      ...new Set(
        rows.flatMap((r) => {
          const userId = r.kind === 'system' ? r.actor_user_id : r.author_user_id;
          return userId ? [userId] : [];
        }),
      ),
    ];
    const users = await this.users.findByIds(ids);
    return new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
  }
}
