import { Injectable } from '@nestjs/common';
import type { Channel, ListEnvelope, TimelineItem } from '@loved/shared';
import { In } from 'typeorm';
import { decodeCursor } from '../../core/http/keyset-cursor';
import { toKeysetPage } from '../../core/http/keyset-page';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { LeadAccessService } from '../leads/lead-access.service';
import { LeadEventsService } from '../leads/lead-events.service';
import { UsersService } from '../users/users.service';
import { CommunicationEntity } from './communication.entity';
import { toCommunicationResponse } from './communication.mapper';

type TimelineRow = { kind: 'communication' | 'system'; id: string; occurred_at: Date };

/**
 * One lead's timeline, newest first: its communications interleaved with changes to the lead
 * (stage, assignee, outcome) as system items. Keyset on (occurred_at, id), so items that
 * arrive between two page requests never shift or repeat a later page.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly tenant: TenantContextService,
    @InjectTenantRepository(CommunicationEntity)
    private readonly communications: TenantScopedRepository<CommunicationEntity>,
    private readonly access: LeadAccessService,
    private readonly leadEvents: LeadEventsService,
    private readonly users: UsersService,
  ) {}

  async page(
    leadId: string,
    options: { cursor?: string; limit: number; channel?: Channel },
  ): Promise<ListEnvelope<TimelineItem>> {
    const lead = await this.access.requireVisible(leadId);
    const params: unknown[] = [this.tenant.organizationId, lead.id];
    const channelFilter = options.channel ? `AND c.channel = $${params.push(options.channel)}` : '';
    // A channel filter shows that channel's messages only, without system lines.
    const system = options.channel
      ? ''
      : `UNION ALL SELECT 'system', e.id, e.created_at FROM lead_events e WHERE e.organization_id = $1 AND e.lead_id = $2`;
    let cursorFilter = '';
    if (options.cursor) {
      const [occurredAt, id] = decodeCursor(options.cursor, ['timestamp', 'uuid']);
      cursorFilter = `WHERE (t.occurred_at, t.id) < ($${params.push(occurredAt)}::timestamptz, $${params.push(id)}::uuid)`;
    }
    // Raw SQL (a UNION of two tables); scoped by organization_id here and by RLS underneath.
    const rows = await this.tenant.manager.query<TimelineRow[]>(
      `SELECT t.kind, t.id, t.occurred_at FROM (
         SELECT 'communication' AS kind, c.id, c.sent_at AS occurred_at
           FROM communications c WHERE c.organization_id = $1 AND c.lead_id = $2 ${channelFilter}
         ${system}
       ) t ${cursorFilter}
       ORDER BY t.occurred_at DESC, t.id DESC
       LIMIT $${params.push(options.limit + 1)}`,
      params,
    );
    const page = toKeysetPage(rows, options.limit, (last) => [
      last.occurred_at.toISOString(),
      last.id,
    ]);
    return { items: await this.hydrate(lead.id, page.rows), next_cursor: page.next_cursor };
  }

  private async hydrate(leadId: string, rows: TimelineRow[]): Promise<TimelineItem[]> {
    const communicationIds = rows.filter((r) => r.kind === 'communication').map((r) => r.id);
    const communications = new Map(
      (communicationIds.length
        ? await this.communications.findBy({ id: In(communicationIds) })
        : []
      ).map((c) => [c.id, c]),
    );
    const systemIds = new Set(rows.filter((r) => r.kind === 'system').map((r) => r.id));
    const events = systemIds.size
      ? (await this.leadEvents.listForLead(leadId)).filter((e) => systemIds.has(e.id))
      : [];
    const eventsById = new Map(events.map((e) => [e.id, e]));
    const actorIds = [
      ...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null)),
    ];
    const actors = new Map((await this.users.findByIds(actorIds)).map((u) => [u.id, u]));

    return rows.flatMap((row): TimelineItem[] => {
      const occurred_at = row.occurred_at.toISOString();
      if (row.kind === 'communication') {
        const communication = communications.get(row.id);
        return communication
          ? [
              {
                type: 'communication',
                id: row.id,
                occurred_at,
                communication: toCommunicationResponse(communication),
              },
            ]
          : [];
      }
      const event = eventsById.get(row.id);
      if (!event) return [];
      const actor = event.actorUserId ? actors.get(event.actorUserId) : undefined;
      return [
        {
          type: 'system',
          id: row.id,
          occurred_at,
          event: event.type,
          from: event.fromValue,
          to: event.toValue,
          actor: actor ? { id: actor.id, name: actor.name } : null,
        },
      ];
    });
  }
}
