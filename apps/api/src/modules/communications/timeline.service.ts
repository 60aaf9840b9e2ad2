import { Injectable } from '@nestjs/common';
import type { Channel, ListEnvelope, TimelineActor, TimelineItem } from '@loved/shared';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { UsersService } from '../users/users.service';
import { ApiKeyNamesService } from '../api-keys/api-key-names.service';
import { toTimelineItem } from './timeline.mapper';
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
    private readonly apiKeys: ApiKeyNamesService,
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

  /** The people and API keys behind the page's items (authors and actors), one lookup each. */
  private async actorsOf(rows: TimelineRow[]): Promise<Map<string, TimelineActor>> {
    const userIds = new Set<string>();
    const keyIds = new Set<string>();
    for (const row of rows) {
      const userId = row.kind === 'system' ? row.actor_user_id : row.author_user_id;
      if (userId) userIds.add(userId);
      else if (row.api_key_id) keyIds.add(row.api_key_id);
    }
    // One after the other: both run on the request's one transaction.
    const users = await this.users.findByIds([...userIds]);
    const keys = await this.apiKeys.namesOf([...keyIds]);
    return new Map<string, TimelineActor>([
      ...users.map((u): [string, TimelineActor] => [
        u.id,
        { id: u.id, name: u.name, type: 'user' },
      ]),
      ...keys.map((k): [string, TimelineActor] => [
        k.id,
        { id: k.id, name: k.name, type: 'api_key' },
      ]),
    ]);
  }
}
