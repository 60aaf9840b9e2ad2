import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ListEnvelope, TimelineItem } from '@loved/shared';
import { In } from 'typeorm';
import { encodeCursor, decodeCursor } from '../../../src/core/http/keyset-cursor';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { CommunicationEntity } from '../../../src/modules/communications/communication.entity';
import { toCommunicationResponse } from '../../../src/modules/communications/communication.mapper';
import { LeadEventEntity } from '../../../src/modules/leads/lead-event.entity';
import { UsersService } from '../../../src/modules/users/users.service';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Page = ListEnvelope<TimelineItem>;
type ReferenceRow = { kind: 'communication' | 'system'; id: string; occurred_at: Date };

const CHANNELS: Channel[] = ['whatsapp', 'email', 'voip', 'note'];
const BASE = Date.parse('2026-03-01T12:00:00.000Z');

/**
 * The timeline was rewritten (keyset, ORDER BY and LIMIT inside each branch of the union, whole
 * rows instead of a second lookup). The SQL and hydration it replaced are kept here verbatim as
 * the reference: every page of the new one must equal the old one's, cursor included.
 */
describe('timeline pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false });
  });
  afterAll(() => t.close());

  async function referencePage(
    session: Session,
    leadId: string,
    options: { cursor?: string; limit: number; channel?: Channel },
  ): Promise<Page> {
    return t.app
      .get(TenantContextService)
      .run({ organizationId: session.organizationId, userId: session.user.id }, async () => {
        const manager = t.app.get(TenantContextService).manager;
        const params: unknown[] = [session.organizationId, leadId];
        const channelFilter = options.channel
          ? `AND c.channel = $${params.push(options.channel)}`
          : '';
        const system = options.channel
          ? ''
          : `UNION ALL SELECT 'system', e.id, e.created_at FROM lead_events e WHERE e.organization_id = $1 AND e.lead_id = $2`;
        let cursorFilter = '';
        if (options.cursor) {
          const [occurredAt, id] = decodeCursor(options.cursor, ['timestamp', 'uuid']);
          cursorFilter = `WHERE (t.occurred_at, t.id) < ($${params.push(occurredAt)}::timestamptz, $${params.push(id)}::uuid)`;
        }
        const all = await manager.query<ReferenceRow[]>(
          `SELECT t.kind, t.id, t.occurred_at FROM (
             SELECT 'communication' AS kind, c.id, c.sent_at AS occurred_at
               FROM communications c WHERE c.organization_id = $1 AND c.lead_id = $2 ${channelFilter}
             ${system}
           ) t ${cursorFilter}
           ORDER BY t.occurred_at DESC, t.id DESC
           LIMIT $${params.push(options.limit + 1)}`,
          params,
        );
        const rows = all.slice(0, options.limit);
        const last = rows.at(-1);
        const next_cursor =
          all.length > options.limit && last
            ? encodeCursor([last.occurred_at.toISOString(), last.id])
            : null;

        const communicationIds = rows.filter((r) => r.kind === 'communication').map((r) => r.id);
        const communications = new Map(
          (communicationIds.length
            ? await manager.getRepository(CommunicationEntity).findBy({ id: In(communicationIds) })
            : []
          ).map((c) => [c.id, c]),
        );
        const events = new Map(
          (await manager.getRepository(LeadEventEntity).findBy({ leadId })).map((e) => [e.id, e]),
        );
        const actorIds = [
          ...[...events.values()].flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])),
          ...[...communications.values()].flatMap((c) => (c.authorUserId ? [c.authorUserId] : [])),
        ];
        const actors = new Map(
          (await t.app.get(UsersService).findByIds([...new Set(actorIds)])).map((u) => [u.id, u]),
        );
        const items = rows.map((row): TimelineItem => {
          const occurred_at = row.occurred_at.toISOString();
          if (row.kind === 'communication') {
            const communication = communications.get(row.id) as CommunicationEntity;
            const author = communication.authorUserId
              ? actors.get(communication.authorUserId)
              : undefined;
            return {
              type: 'communication',
              id: row.id,
              occurred_at,
              communication: toCommunicationResponse(communication),
              author: author ? { id: author.id, name: author.name, type: 'user' } : null,
            };
          }
          const event = events.get(row.id) as LeadEventEntity;
          const actor = event.actorUserId ? actors.get(event.actorUserId) : undefined;
          return {
            type: 'system',
            id: row.id,
            occurred_at,
            event: event.type,
            from: event.fromValue,
            to: event.toValue,
            actor: actor ? { id: actor.id, name: actor.name, type: 'user' } : null,
          };
        });
        return { items, next_cursor };
      });
  }

  async function apiPage(
    session: Session,
    leadId: string,
    options: { cursor?: string; limit: number; channel?: Channel },
  ): Promise<{ status: number; page: Page }> {
    const query = new URLSearchParams({ limit: String(options.limit) });
    if (options.cursor) query.set('cursor', options.cursor);
    if (options.channel) query.set('channel', options.channel);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/timeline/${leadId}?${query.toString()}`,
      headers: asMember(session, session.organizationId),
    });
    return { status: res.statusCode, page: res.json<Page>() };
  }

  /**
   * 40 messages over four channels, three to a millisecond, and 12 lead events, some at exactly
   * a message's instant, so ties between and inside the two tables decide the order by id.
   */
  async function busyLead(admin: Session): Promise<string> {
    const lead = await createLead(t.app, admin);
    const at = (ms: number): string => new Date(BASE + ms).toISOString();
    for (let i = 0; i < 40; i += 1) {
      await adminQuery(
        `INSERT INTO communications (organization_id, lead_id, channel, direction, content, subject, metadata, attachments, status, author_user_id, sent_at)
         VALUES ($1, $2, $3, 'outbound', $4, $5, $6, '[]', 'sent', $7, $8)`,
        [
          admin.organizationId,
          lead.id,
          CHANNELS[i % CHANNELS.length],
          `mensagem ${i}`,
          i % 5 === 0 ? `assunto ${i}` : null,
          JSON.stringify({ seq: i }),
          admin.user.id,
          at(Math.floor(i / 3) * 1000),
        ],
      );
    }
    for (let i = 0; i < 12; i += 1) {
      await adminQuery(
        `INSERT INTO lead_events (organization_id, lead_id, type, actor_user_id, from_value, to_value, created_at)
         VALUES ($1, $2, 'stage_changed', $3, 'lead', 'contato', $4)`,
        [admin.organizationId, lead.id, i % 2 ? admin.user.id : null, at(i * 1000)],
      );
    }
    return lead.id;
  }

  async function expectSamePages(
    session: Session,
    leadId: string,
    limit: number,
    channel?: Channel,
  ): Promise<number> {
    let cursor: string | undefined;
    let pages = 0;
    do {
      const expected = await referencePage(session, leadId, { cursor, limit, channel });
      const actual = await apiPage(session, leadId, { cursor, limit, channel });
      expect(actual.status).toBe(200);
      expect(actual.page).toEqual(expected);
      cursor = actual.page.next_cursor ?? undefined;
      pages += 1;
    } while (cursor);
    return pages;
  }

  it('answers every page exactly as the previous implementation, ties included', async () => {
    const admin = await register(t.app);
    const leadId = await busyLead(admin);

    // 40 messages + 12 events + the "created" line: 53 items.
    expect(await expectSamePages(admin, leadId, 5)).toBe(11);
    expect(await expectSamePages(admin, leadId, 1)).toBe(53);
    expect(await expectSamePages(admin, leadId, 100)).toBe(1);
  });

  it('answers every page of a channel filter as before, without system lines', async () => {
    const admin = await register(t.app);
    const leadId = await busyLead(admin);

    expect(await expectSamePages(admin, leadId, 3, 'voip')).toBe(4);
    const all = await apiPage(admin, leadId, { limit: 100, channel: 'email' });
    expect(all.page.items).toHaveLength(10);
    expect(all.page.items.every((i) => i.type === 'communication')).toBe(true);
  });

  it("shows an agent the timeline of their own and unassigned leads, not a colleague's", async () => {
    const admin = await register(t.app);
    const agent = await addMember(t.app, admin, 'agent');
    const colleague = await addMember(t.app, admin, 'agent');
    const own = await createLead(t.app, admin, { assigned_user_id: agent.user.id });
    const unassigned = await createLead(t.app, admin);
    const theirs = await createLead(t.app, admin, { assigned_user_id: colleague.user.id });

    expect((await apiPage(agent, own.id, { limit: 10 })).status).toBe(200);
    expect((await apiPage(agent, unassigned.id, { limit: 10 })).status).toBe(200);
    expect((await apiPage(agent, theirs.id, { limit: 10 })).status).toBe(404);
  });
});
