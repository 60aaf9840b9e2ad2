import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationResponse, LeadResponse } from '@loved/shared';
import { TenantContextService } from '../../../src/core/tenancy/tenant-context.service';
import { CommunicationsService } from '../../../src/modules/communications/communications.service';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { listNotifications, notificationRows, raise } from './notification.helpers';

describe('notification triggers', () => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  let bystander: Session;
  let agent: Session;
  let outsider: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    manager = await addMember(t.app, admin, 'manager');
    bystander = await addMember(t.app, admin, 'manager');
    agent = await addMember(t.app, admin, 'agent');
    outsider = await register(t.app);
  });
  afterAll(() => t.close());

  const as = (session: Session): Record<string, string> => asMember(session, admin.organizationId);

  const logCall = (
    session: Session,
    leadId: string,
    direction: 'inbound' | 'outbound',
  ): Promise<CommunicationResponse> =>
    t.app
      .inject({
        method: 'POST',
        url: `/api/v1/leads/${leadId}/calls`,
        headers: as(session),
        payload: { direction, duration_seconds: 60, outcome: 'completed' },
      })
      .then((res) => {
        expect(res.statusCode).toBe(201);
        return res.json<CommunicationResponse>();
      });

  const addNote = (session: Session, leadId: string, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${leadId}/notes`,
      headers: as(session),
      payload: { content: 'Falar com @alguém sobre a proposta', ...payload },
    });

  describe('lead assigned', () => {
    it('tells the new assignee who assigned them, and no one else', async () => {
      const lead = await createLead(t.app, admin, { assigned_user_id: manager.user.id });

      const { items } = await listNotifications(t.app, manager);
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'lead_assigned',
          lead: { id: lead.id, name: lead.name },
          actor: { id: admin.user.id, name: admin.user.name },
          activity: null,
          read: false,
        }),
      ]);
      for (const other of [admin, bystander, agent, outsider]) {
        expect(await notificationRows(other.user.id)).toEqual([]);
      }
    });

    it('says nothing to someone who assigns a lead to themselves', async () => {
      await createLead(t.app, bystander, { assigned_user_id: bystander.user.id });
      expect(await notificationRows(bystander.user.id)).toEqual([]);
    });

    it('notifies on a reassignment by PATCH and by bulk assign', async () => {
      const first = await createLead(t.app, admin);
      const second = await createLead(t.app, admin);
      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/leads/${first.id}`,
        headers: as(admin),
        payload: { version: first.version, assigned_user_id: agent.user.id },
      });
      expect(patched.statusCode).toBe(200);
      const bulk = await t.app.inject({
        method: 'POST',
        url: '/api/v1/leads/bulk',
        headers: as(admin),
        payload: { ids: [second.id], action: 'assign', assigned_user_id: agent.user.id },
      });
      expect(bulk.statusCode).toBe(200);

      const { items } = await listNotifications(t.app, agent);
      expect(items.map((n) => [n.kind, n.lead?.id])).toEqual([
        ['lead_assigned', second.id],
        ['lead_assigned', first.id],
      ]);
    });

    it('stays silent for a member who muted it', async () => {
      const quiet = await addMember(t.app, admin, 'manager');
      const put = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/settings',
        headers: as(quiet),
        payload: { muted_kinds: ['lead_assigned'] },
      });
      expect(put.statusCode).toBe(200);
      await createLead(t.app, admin, { assigned_user_id: quiet.user.id });
      expect(await notificationRows(quiet.user.id)).toEqual([]);
    });
  });

  describe('inbound message', () => {
    let lead: LeadResponse;
    beforeAll(async () => {
      lead = await createLead(t.app, admin, { assigned_user_id: manager.user.id });
    });
    const inboundOf = async (session: Session) =>
      (await listNotifications(t.app, session)).items.filter((n) => n.kind === 'inbound_message');

    it("tells the lead's assignee of a customer's message, from a worker with no user", async () => {
      const tenant = t.app.get(TenantContextService);
      const { communication } = await tenant.run({ organizationId: admin.organizationId }, () =>
        t.app.get(CommunicationsService).record({
          leadId: lead.id,
          channel: 'whatsapp',
          direction: 'inbound',
          content: 'Oi, ainda tem a proposta?',
          externalId: `wamid.${randomUUID()}`,
          awaitsStatuses: false,
        }),
      );
      expect(await inboundOf(manager)).toEqual([
        expect.objectContaining({
          channel: 'whatsapp',
          communication_id: communication.id,
          actor: null,
          lead: { id: lead.id, name: lead.name },
        }),
      ]);
      expect(await notificationRows(bystander.user.id)).toEqual([]);
    });

    it('notifies an inbound call another rep logged, never an outbound one or a note', async () => {
      const before = (await inboundOf(manager)).length;
      const call = await logCall(admin, lead.id, 'inbound');
      await logCall(admin, lead.id, 'outbound');
      expect((await addNote(admin, lead.id, {})).statusCode).toBe(201);
      const after = await inboundOf(manager);
      expect(after).toHaveLength(before + 1);
      expect(after[0]).toMatchObject({
        channel: 'voip',
        communication_id: call.id,
        actor: { id: admin.user.id },
      });
    });

    it('does not notify the assignee of a call they logged themselves', async () => {
      const before = (await inboundOf(manager)).length;
      await logCall(manager, lead.id, 'inbound');
      expect(await inboundOf(manager)).toHaveLength(before);
    });

    it('notifies no one for an unassigned lead', async () => {
      const unassigned = await createLead(t.app, admin);
      const before = await adminRowsOfOrg();
      await logCall(bystander, unassigned.id, 'inbound');
      expect(await adminRowsOfOrg()).toEqual(before);
    });

    it('no longer notifies an assignee who was removed from the organisation', async () => {
      const leaving = await addMember(t.app, admin, 'agent');
      const theirs = await createLead(t.app, admin, { assigned_user_id: leaving.user.id });
      const removed = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/members/${leaving.user.id}`,
        headers: as(admin),
      });
      expect(removed.statusCode).toBe(204);
      await logCall(admin, theirs.id, 'inbound');
      expect((await notificationRows(leaving.user.id)).map((r) => r.kind)).toEqual([
        'lead_assigned',
      ]);
    });

    const adminRowsOfOrg = async (): Promise<number> =>
      (
        await Promise.all(
          [admin, manager, bystander, agent].map((s) => notificationRows(s.user.id)),
        )
      ).flat().length;
  });

  describe('mentions', () => {
    let lead: LeadResponse;
    beforeAll(async () => {
      lead = await createLead(t.app, admin, { assigned_user_id: admin.user.id });
    });

    it('stores the mentions on the note and tells each member but the author', async () => {
      const res = await addNote(manager, lead.id, {
        mentions: [bystander.user.id, manager.user.id],
      });
      expect(res.statusCode).toBe(201);
      const note = res.json<CommunicationResponse>();
      expect(note.metadata).toMatchObject({ mentions: [bystander.user.id, manager.user.id] });

      const { items } = await listNotifications(t.app, bystander);
      expect(items).toEqual([
        expect.objectContaining({
          kind: 'mention',
          communication_id: note.id,
          actor: { id: manager.user.id, name: manager.user.name },
          lead: { id: lead.id, name: lead.name },
        }),
      ]);
      expect((await notificationRows(manager.user.id)).filter((r) => r.kind === 'mention')).toEqual(
        [],
      );
    });

    it('does not tell an agent about a lead they may not see', async () => {
      const res = await addNote(admin, lead.id, { mentions: [agent.user.id] });
      expect(res.statusCode).toBe(201);
      expect((await notificationRows(agent.user.id)).filter((r) => r.kind === 'mention')).toEqual(
        [],
      );
    });

    it.each([
      ['a user of another organisation', () => [outsider.user.id]],
      ['an unknown id', () => [randomUUID()]],
    ])('refuses to mention %s, naming the field', async (_label, mentions) => {
      const res = await addNote(admin, lead.id, { mentions: mentions() });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'NOTIFICATION_MENTION_NOT_MEMBER',
        errors: [expect.objectContaining({ field: 'mentions' })],
      });
      expect(await notificationRows(outsider.user.id)).toEqual([]);
    });

    it.each([
      ['not UUIDs', ['fulano']],
      ['repeated', Array.from({ length: 2 }, () => '0b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d')],
      ['more than 20', Array.from({ length: 21 }, () => randomUUID())],
    ])('refuses mentions that are %s', async (_label, mentions) => {
      const res = await addNote(admin, lead.id, { mentions });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json<{ errors: unknown }>().errors)).toContain('mentions');
    });
  });

  it('notifies once per cause, however often it is raised', async () => {
    const lead = await createLead(t.app, admin);
    const sourceId = randomUUID();
    const first = await raise(t.app, admin.organizationId, {
      userId: bystander.user.id,
      leadId: lead.id,
      sourceId,
    });
    const again = await raise(t.app, admin.organizationId, {
      userId: bystander.user.id,
      leadId: lead.id,
      sourceId,
    });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    expect(
      (await notificationRows(bystander.user.id)).filter((r) => r.source_id === sourceId),
    ).toHaveLength(1);
  });
});
