import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, NotificationResponse } from '@loved/shared';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { listNotifications, raise } from './notification.helpers';

describe('notification routes', () => {
  let t: TestApp;
  let admin: Session;
  let colleague: Session;
  let outsider: Session;
  let lead: LeadResponse;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    colleague = await addMember(t.app, admin, 'manager');
    outsider = await register(t.app);
    lead = await createLead(t.app, admin);
  });
  afterAll(() => t.close());

  const inject = (
    session: Session,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1/notifications${url}`,
      headers: asMember(session, session.organizationId),
      payload,
    });

  /** A fresh member with `count` notifications, oldest first. */
  const memberWith = async (count: number): Promise<{ member: Session; ids: string[] }> => {
    const member = await addMember(t.app, admin, 'manager');
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const raised = await raise(t.app, admin.organizationId, {
        userId: member.user.id,
        leadId: lead.id,
        actorUserId: admin.user.id,
      });
      if (!raised) throw new Error('notification not raised');
      ids.push(raised.id);
    }
    return { member, ids };
  };

  it('pages newest first without gaps or repeats', async () => {
    const { member, ids } = await memberWith(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await listNotifications(t.app, member, query);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((n) => n.id));
      cursor = page.next_cursor;
    } while (cursor);
    const all = (await listNotifications(t.app, member, '?limit=100')).items;
    expect(seen).toEqual(all.map((n) => n.id));
    expect([...seen].sort()).toEqual([...ids].sort());
    // Newest first (rows raised within one millisecond fall back to their id, also descending).
    const times = all.map((n) => n.created_at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('maps the lead and the actor of each item', async () => {
    const { member } = await memberWith(1);
    const [item] = (await listNotifications(t.app, member)).items;
    expect(item).toEqual<NotificationResponse>({
      id: expect.any(String) as string,
      kind: 'mention',
      lead: { id: lead.id, name: lead.name },
      actor: { id: admin.user.id, name: admin.user.name },
      activity: null,
      channel: null,
      communication_id: null,
      read: false,
      read_at: null,
      created_at: expect.any(String) as string,
    });
  });

  it('refuses a limit above 100 and a tampered cursor', async () => {
    expect((await inject(admin, 'GET', '?limit=101')).statusCode).toBe(400);
    expect((await inject(admin, 'GET', '?cursor=bm9wZQ')).statusCode).toBe(400);
    expect((await inject(admin, 'GET', '?unread=yes')).statusCode).toBe(400);
  });

  it('marks one read, filters unread ones and counts them', async () => {
    const { member, ids } = await memberWith(3);
    expect((await inject(member, 'GET', '/unread-count')).json()).toEqual({ count: 3 });

    const read = await inject(member, 'POST', `/${ids[1]}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: ids[1], read: true, read_at: expect.any(String) });
    const again = await inject(member, 'POST', `/${ids[1]}/read`);
    expect(again.json<NotificationResponse>().read_at).toBe(
      read.json<NotificationResponse>().read_at,
    );

    expect((await inject(member, 'GET', '/unread-count')).json()).toEqual({ count: 2 });
    const unread = await listNotifications(t.app, member, '?unread=true');
    expect(unread.items.map((n) => n.id).sort()).toEqual([ids[2], ids[0]].sort());
    expect((await listNotifications(t.app, member)).items).toHaveLength(3);
  });

  it("cannot read a colleague's notification, nor another organisation's", async () => {
    const { member, ids } = await memberWith(1);
    for (const session of [colleague, outsider]) {
      const res = await inject(session, 'POST', `/${ids[0]}/read`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
    }
    expect((await listNotifications(t.app, colleague)).items.map((n) => n.id)).not.toContain(
      ids[0],
    );
    expect((await listNotifications(t.app, outsider)).items).toEqual([]);
    expect((await inject(member, 'GET', '/unread-count')).json()).toEqual({ count: 1 });
  });

  it('marks all of your own read and no one else’s', async () => {
    const { member } = await memberWith(2);
    const { member: other } = await memberWith(1);
    const res = await inject(member, 'POST', '/read-all');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    expect((await inject(member, 'POST', '/read-all')).json()).toEqual({ updated: 0 });
    expect((await inject(member, 'GET', '/unread-count')).json()).toEqual({ count: 0 });
    expect((await inject(other, 'GET', '/unread-count')).json()).toEqual({ count: 1 });
  });

  describe('settings', () => {
    it('starts with nothing muted and keeps what is put, per member', async () => {
      const member = await addMember(t.app, admin, 'agent');
      expect((await inject(member, 'GET', '/settings')).json()).toEqual({ muted_kinds: [] });
      const put = await inject(member, 'PUT', '/settings', {
        muted_kinds: ['mention', 'activity_due'],
      });
      expect(put.json()).toEqual({ muted_kinds: ['mention', 'activity_due'] });
      await inject(member, 'PUT', '/settings', { muted_kinds: ['inbound_message'] });
      expect((await inject(member, 'GET', '/settings')).json()).toEqual({
        muted_kinds: ['inbound_message'],
      });
      expect((await inject(colleague, 'GET', '/settings')).json()).toEqual({ muted_kinds: [] });
    });

    it.each([
      ['an unknown kind', { muted_kinds: ['birthday'] }],
      ['a repeated kind', { muted_kinds: ['mention', 'mention'] }],
      ['no list', {}],
    ])('refuses %s, naming the field', async (_label, payload) => {
      const res = await inject(admin, 'PUT', '/settings', payload);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json<{ errors: unknown }>().errors)).toContain('muted_kinds');
    });

    it('does not store a muted kind', async () => {
      const member = await addMember(t.app, admin, 'manager');
      await inject(member, 'PUT', '/settings', { muted_kinds: ['mention'] });
      const raised = await raise(t.app, admin.organizationId, {
        userId: member.user.id,
        leadId: lead.id,
      });
      expect(raised).toBeNull();
      expect((await inject(member, 'GET', '/unread-count')).json()).toEqual({ count: 0 });
    });
  });
});
