import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type {
  ActivityResponse,
  LeadResponse,
  ListEnvelope,
  LiveEvent,
  PipelineResponse,
} from '@loved/shared';
import { LiveEventsService } from '../../../src/modules/live/live-events.service';
import { createActivity } from '../../utils/activity.helpers';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

const HOUR = 3_600_000;

describe("a lead's next activity", () => {
  let t: TestApp;
  let admin: Session;
  const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();
  const send = (
    session: Session,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: Record<string, unknown>,
  ) => t.app.inject({ method, url, headers: asMember(session, session.organizationId), payload });
  const readLead = async (id: string) =>
    (await send(admin, 'GET', `/api/v1/leads/${id}`)).json<LeadResponse>();
  const nextOf = async (id: string) => (await readLead(id)).next_activity;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('follows the earliest open activity through create, complete, reschedule and delete', async () => {
    const lead = await createLead(t.app, admin);
    expect(lead.next_activity).toBeNull();

    const later = await createActivity(t.app, admin, lead.id, {
      subject: 'depois',
      due_at: at(48),
    });
    expect(await nextOf(lead.id)).toEqual({
      id: later.id,
      type: 'call',
      subject: 'depois',
      due_at: later.due_at,
      assigned_user_id: admin.user.id,
    });

    const sooner = await createActivity(t.app, admin, lead.id, {
      type: 'meeting',
      subject: 'antes',
      due_at: at(2),
      assigned_user_id: null,
    });
    expect(await nextOf(lead.id)).toEqual({
      id: sooner.id,
      type: 'meeting',
      subject: 'antes',
      due_at: sooner.due_at,
      assigned_user_id: null,
    });

    await send(admin, 'PATCH', `/api/v1/activities/${sooner.id}`, { done: true });
    expect((await nextOf(lead.id))?.id).toBe(later.id);

    await send(admin, 'PATCH', `/api/v1/activities/${sooner.id}`, { done: false });
    expect((await nextOf(lead.id))?.id).toBe(sooner.id);

    // Rescheduled past the other one, it is no longer next.
    await send(admin, 'PATCH', `/api/v1/activities/${sooner.id}`, { due_at: at(72) });
    expect((await nextOf(lead.id))?.id).toBe(later.id);

    // An edit of the next one shows on the card.
    await send(admin, 'PATCH', `/api/v1/activities/${later.id}`, { subject: 'renomeada' });
    expect((await nextOf(lead.id))?.subject).toBe('renomeada');

    await send(admin, 'DELETE', `/api/v1/activities/${later.id}`);
    expect((await nextOf(lead.id))?.id).toBe(sooner.id);
    await send(admin, 'DELETE', `/api/v1/activities/${sooner.id}`);
    expect(await nextOf(lead.id)).toBeNull();
  });

  it("keeps the lead's version and update time, so an open edit form is not stale", async () => {
    const lead = await createLead(t.app, admin);
    const activity = await createActivity(t.app, admin, lead.id);
    await send(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { done: true });
    const after = await readLead(lead.id);
    expect(after.version).toBe(lead.version);
    expect(after.updated_at).toBe(lead.updated_at);
    const edit = await send(admin, 'PATCH', `/api/v1/leads/${lead.id}`, {
      version: lead.version,
      priority: 'high',
    });
    expect(edit.statusCode, edit.body).toBe(200);
  });

  it('announces the lead after each change, with its new next activity', async () => {
    const live = t.app.get(LiveEventsService);
    const publish = vi.spyOn(live, 'publish');
    try {
      const lead = await createLead(t.app, admin);
      publish.mockClear();
      const activity = await createActivity(t.app, admin, lead.id);
      const updates = () =>
        publish.mock.calls
          .map(([event]) => event as LiveEvent)
          .filter((event) => event.type === 'lead.updated' && event.lead_id === lead.id);
      expect(updates().map((e) => e.lead?.next_activity?.id)).toEqual([activity.id]);
      await send(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { done: true });
      // Completing also tells the lead's viewers (its timeline has a new line).
      expect(updates().map((e) => e.lead?.next_activity?.id ?? null)).toEqual([activity.id, null]);
    } finally {
      publish.mockRestore();
    }
  });

  it('stays right when activities of one lead are written at the same time', async () => {
    const lead = await createLead(t.app, admin);
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createActivity(t.app, admin, lead.id, { subject: `a${i}`, due_at: at(10 + i) }),
      ),
    );
    expect((await nextOf(lead.id))?.id).toBe(created[0]?.id);
    await Promise.all(
      created
        .slice(0, 6)
        .map((activity) =>
          send(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { done: true }),
        ),
    );
    expect((await nextOf(lead.id))?.id).toBe(created[6]?.id);
  });

  describe('the filter "sem próxima atividade"', () => {
    let session: Session;
    let withNext: LeadResponse;
    let withoutNext: LeadResponse;
    let allDone: LeadResponse;

    beforeAll(async () => {
      session = await register(t.app);
      withNext = await createLead(t.app, session, { name: 'Com próxima', stage: 'proposta' });
      withoutNext = await createLead(t.app, session, { name: 'Sem nada', stage: 'proposta' });
      allDone = await createLead(t.app, session, { name: 'Tudo feito', stage: 'contato' });
      await createActivity(t.app, session, withNext.id);
      const done: ActivityResponse = await createActivity(t.app, session, allDone.id);
      await send(session, 'PATCH', `/api/v1/activities/${done.id}`, { done: true });
    });

    const names = async (url: string) =>
      (await send(session, 'GET', url))
        .json<ListEnvelope<LeadResponse>>()
        .items.map((lead) => lead.name)
        .sort();

    it('filters the lead list', async () => {
      expect(await names('/api/v1/leads?has_next_activity=false')).toEqual([
        'Sem nada',
        'Tudo feito',
      ]);
      expect(await names('/api/v1/leads?has_next_activity=true')).toEqual(['Com próxima']);
      expect(await names('/api/v1/leads')).toHaveLength(3);
      const bad = await send(session, 'GET', '/api/v1/leads?has_next_activity=maybe');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({
        errors: [expect.objectContaining({ field: 'has_next_activity' })],
      });
    });

    it('filters the board, its counts included', async () => {
      const board = (
        await send(session, 'GET', '/api/v1/pipeline?has_next_activity=false')
      ).json<PipelineResponse>();
      const column = (stage: string) => board.columns.find((c) => c.stage === stage);
      expect(column('proposta')).toMatchObject({
        count: 1,
        items: [expect.objectContaining({ id: withoutNext.id })],
      });
      expect(column('contato')).toMatchObject({ count: 1 });
      expect(board.totals.count).toBe(2);
      const withOne = (
        await send(session, 'GET', '/api/v1/pipeline?has_next_activity=true')
      ).json<PipelineResponse>();
      expect(withOne.totals.count).toBe(1);
    });

    it('filters the CSV export', async () => {
      const csv = (await send(session, 'GET', '/api/v1/leads/export.csv?has_next_activity=false'))
        .body;
      expect(csv).toContain('Sem nada');
      expect(csv).toContain('Tudo feito');
      expect(csv).not.toContain('Com próxima');
    });

    it('is kept by saved filters', async () => {
      const res = await send(session, 'POST', '/api/v1/saved-filters', {
        name: 'Sem próxima atividade',
        filters: { has_next_activity: false },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ filters: { has_next_activity: false } });
      const bad = await send(session, 'POST', '/api/v1/saved-filters', {
        name: 'Ruim',
        filters: { has_next_activity: 'talvez' },
      });
      expect(bad.statusCode).toBe(400);
    });
  });
});
