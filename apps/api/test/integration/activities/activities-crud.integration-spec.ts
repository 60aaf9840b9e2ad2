import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityResponse, LeadResponse, ListEnvelope, TimelineItem } from '@loved/shared';
import { createActivity } from '../../utils/activity.helpers';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('activities: create, read, edit, complete, delete', () => {
  let t: TestApp;
  let admin: Session;
  let lead: LeadResponse;

  const call = (
    session: Session,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: Record<string, unknown>,
  ) =>
    t.app.inject({
      method,
      url,
      headers: asMember(session, session.organizationId),
      payload,
    });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    lead = await createLead(t.app, admin, { name: 'Padaria Estrela' });
  });
  afterAll(() => t.close());

  it('schedules an activity for the caller by default and reads it back', async () => {
    const res = await call(admin, 'POST', '/api/v1/activities', {
      lead_id: lead.id,
      type: 'meeting',
      subject: '  Reunião de proposta  ',
      due_at: '2026-12-10T10:00:00-03:00',
      duration_minutes: 45,
      notes: 'Levar o portfólio',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<ActivityResponse>();
    expect(created).toMatchObject({
      organization_id: admin.organizationId,
      lead_id: lead.id,
      lead: { id: lead.id, name: 'Padaria Estrela' },
      type: 'meeting',
      subject: 'Reunião de proposta',
      due_at: '2026-12-10T13:00:00.000Z',
      duration_minutes: 45,
      assigned_user_id: admin.user.id,
      assigned_user: { id: admin.user.id, name: admin.user.name },
      done: false,
      done_at: null,
      notes: 'Levar o portfólio',
      created_by_user_id: admin.user.id,
    });
    const read = await call(admin, 'GET', `/api/v1/activities/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('takes an explicit assignee, or nobody', async () => {
    const manager = await addMember(t.app, admin, 'manager');
    const forManager = await createActivity(t.app, admin, lead.id, {
      assigned_user_id: manager.user.id,
    });
    expect(forManager).toMatchObject({
      assigned_user_id: manager.user.id,
      assigned_user: { id: manager.user.id, name: manager.user.name },
    });
    const forNobody = await createActivity(t.app, admin, lead.id, { assigned_user_id: null });
    expect(forNobody).toMatchObject({ assigned_user_id: null, assigned_user: null });
  });

  it('refuses an assignee who is not a current member, naming the field', async () => {
    const outsider = await register(t.app);
    const member = await addMember(t.app, admin, 'agent');
    await call(admin, 'DELETE', `/api/v1/members/${member.user.id}`);
    for (const assignee of [outsider.user.id, member.user.id]) {
      const res = await call(admin, 'POST', '/api/v1/activities', {
        lead_id: lead.id,
        type: 'call',
        subject: 'Ligar',
        due_at: '2026-12-10T10:00:00Z',
        assigned_user_id: assignee,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'ACTIVITY_ASSIGNEE_NOT_MEMBER',
        errors: [expect.objectContaining({ field: 'assigned_user_id' })],
      });
    }
    const activity = await createActivity(t.app, admin, lead.id);
    const patch = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
      assigned_user_id: outsider.user.id,
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json()).toMatchObject({ code: 'ACTIVITY_ASSIGNEE_NOT_MEMBER' });
  });

  it.each([
    ['a due time without an offset', { due_at: '2026-12-10T10:00:00' }, 'due_at'],
    ['a date without a time', { due_at: '2026-12-10' }, 'due_at'],
    ['an impossible date', { due_at: '2026-02-30T10:00:00Z' }, 'due_at'],
    ['no due time', { due_at: undefined }, 'due_at'],
    ['a blank subject', { subject: '   ' }, 'subject'],
    ['a subject over 200 characters', { subject: 'a'.repeat(201) }, 'subject'],
    ['a NUL in the subject', { subject: 'a\u0000b' }, 'subject'],
    ['notes over 5000 characters', { notes: 'a'.repeat(5001) }, 'notes'],
    ['a zero duration', { duration_minutes: 0 }, 'duration_minutes'],
    ['a duration over a day', { duration_minutes: 1441 }, 'duration_minutes'],
    ['a fractional duration', { duration_minutes: 1.5 }, 'duration_minutes'],
    ['an unknown type', { type: 'visit' }, 'type'],
    ['a lead id that is not a UUID', { lead_id: 'x' }, 'lead_id'],
    ['an unknown field', { priority: 'high' }, 'priority'],
  ])('refuses %s with a 400 naming the field', async (_, change, field) => {
    const res = await call(admin, 'POST', '/api/v1/activities', {
      lead_id: lead.id,
      type: 'call',
      subject: 'Ligar',
      due_at: '2026-12-10T10:00:00Z',
      ...change,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toContain(
      field,
    );
  });

  it('takes the limits themselves and an empty note as none', async () => {
    const activity = await createActivity(t.app, admin, lead.id, {
      subject: 'a'.repeat(200),
      notes: '',
      duration_minutes: 1440,
      due_at: '2026-12-10T10:00:00+05:30',
    });
    expect(activity).toMatchObject({
      notes: null,
      duration_minutes: 1440,
      due_at: '2026-12-10T04:30:00.000Z',
    });
  });

  it('answers 404 for an activity on a lead that is not there', async () => {
    const res = await call(admin, 'POST', '/api/v1/activities', {
      lead_id: '00000000-0000-4000-8000-000000000000',
      type: 'call',
      subject: 'Ligar',
      due_at: '2026-12-10T10:00:00Z',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'LEAD_NOT_FOUND' });
    const missing = await call(
      admin,
      'GET',
      '/api/v1/activities/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ACTIVITY_NOT_FOUND' });
  });

  it('edits any field, refusing null where a value is required', async () => {
    const activity = await createActivity(t.app, admin, lead.id, { duration_minutes: 30 });
    const res = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
      type: 'whatsapp',
      subject: 'Mandar mensagem',
      duration_minutes: null,
      notes: 'Perguntar do orçamento',
      assigned_user_id: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      type: 'whatsapp',
      subject: 'Mandar mensagem',
      duration_minutes: null,
      notes: 'Perguntar do orçamento',
      assigned_user_id: null,
      due_at: activity.due_at,
    });
    for (const field of ['type', 'subject', 'due_at']) {
      const bad = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
        [field]: null,
      });
      expect(bad.statusCode, field).toBe(400);
    }
    const leadChange = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
      lead_id: lead.id,
    });
    expect(leadChange.statusCode).toBe(400);
  });

  it('completes and reopens, recording who completed it and a timeline entry', async () => {
    const activity = await createActivity(t.app, admin, lead.id, {
      type: 'call',
      subject: 'Ligar para fechar',
    });
    const done = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    const completed = done.json<ActivityResponse>();
    expect(completed.done).toBe(true);
    expect(Date.parse(completed.done_at ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const [row] = await adminQuery<{ done_by_user_id: string }>(
      'SELECT done_by_user_id FROM activities WHERE id = $1',
      [activity.id],
    );
    expect(row?.done_by_user_id).toBe(admin.user.id);

    // Completing twice keeps the first completion and records one timeline entry.
    const again = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { done: true });
    expect(again.json<ActivityResponse>().done_at).toBe(completed.done_at);

    const timeline = await call(admin, 'GET', `/api/v1/communications/timeline/${lead.id}`);
    const entries = timeline
      .json<ListEnvelope<TimelineItem>>()
      .items.filter((item) => item.type === 'system' && item.event === 'activity_done');
    expect(entries).toEqual([
      expect.objectContaining({
        type: 'system',
        event: 'activity_done',
        from: 'call',
        to: 'Ligar para fechar',
        actor: { id: admin.user.id, name: admin.user.name, type: 'user' },
      }),
    ]);

    const reopened = await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
      done: false,
    });
    expect(reopened.json()).toMatchObject({ done: false, done_at: null });
    const [cleared] = await adminQuery<{ done_by_user_id: string | null }>(
      'SELECT done_by_user_id FROM activities WHERE id = $1',
      [activity.id],
    );
    expect(cleared?.done_by_user_id).toBeNull();
  });

  it('owes the reminder again when the due time changes, not on other edits', async () => {
    const activity = await createActivity(t.app, admin, lead.id);
    const stamp = () =>
      adminQuery(`UPDATE activities SET reminded_at = now() WHERE id = $1`, [activity.id]);
    const remindedAt = async () =>
      (
        await adminQuery<{ reminded_at: Date | null }>(
          'SELECT reminded_at FROM activities WHERE id = $1',
          [activity.id],
        )
      )[0]?.reminded_at;
    await stamp();
    await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { subject: 'Outro assunto' });
    expect(await remindedAt()).not.toBeNull();
    // The same instant written another way is no change.
    const sameInstant = new Date(activity.due_at).toISOString().replace('Z', '+00:00');
    await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, { due_at: sameInstant });
    expect(await remindedAt()).not.toBeNull();
    await call(admin, 'PATCH', `/api/v1/activities/${activity.id}`, {
      due_at: new Date(Date.parse(activity.due_at) + 3_600_000).toISOString(),
    });
    expect(await remindedAt()).toBeNull();
  });

  it('deletes with 204, after which the activity is gone', async () => {
    const activity = await createActivity(t.app, admin, lead.id);
    const res = await call(admin, 'DELETE', `/api/v1/activities/${activity.id}`);
    expect(res.statusCode).toBe(204);
    expect((await call(admin, 'GET', `/api/v1/activities/${activity.id}`)).statusCode).toBe(404);
    expect((await call(admin, 'DELETE', `/api/v1/activities/${activity.id}`)).statusCode).toBe(404);
  });

  it("refuses every route to another organisation's member with 404, and lists none of it", async () => {
    const other = await register(t.app);
    const activity = await createActivity(t.app, admin, lead.id);
    const url = `/api/v1/activities/${activity.id}`;
    expect((await call(other, 'GET', url)).statusCode).toBe(404);
    expect((await call(other, 'PATCH', url, { done: true })).statusCode).toBe(404);
    expect((await call(other, 'DELETE', url)).statusCode).toBe(404);
    const create = await call(other, 'POST', '/api/v1/activities', {
      lead_id: lead.id,
      type: 'call',
      subject: 'Ligar',
      due_at: '2026-12-10T10:00:00Z',
    });
    expect(create.statusCode).toBe(404);
    const list = await call(other, 'GET', `/api/v1/activities?lead_id=${lead.id}`);
    expect(list.json()).toEqual({ items: [], next_cursor: null });
    const day = await call(other, 'GET', '/api/v1/activities/my-day');
    expect(day.body).not.toContain(activity.id);
    // Untouched by those attempts.
    expect((await call(admin, 'GET', url)).json()).toMatchObject({ done: false });
  });

  it('shows an agent the activities of their own and unassigned leads only', async () => {
    const agent = await addMember(t.app, admin, 'agent');
    const manager = await addMember(t.app, admin, 'manager');
    const mine = await createLead(t.app, admin, { assigned_user_id: agent.user.id });
    const unassigned = await createLead(t.app, admin, { assigned_user_id: null });
    const theirs = await createLead(t.app, admin, { assigned_user_id: manager.user.id });
    const onMine = await createActivity(t.app, admin, mine.id, { assigned_user_id: agent.user.id });
    const onUnassigned = await createActivity(t.app, admin, unassigned.id);
    // Assigned to the agent, but on a lead the agent may not see.
    const onTheirs = await createActivity(t.app, admin, theirs.id, {
      assigned_user_id: agent.user.id,
    });

    const ids = (await call(agent, 'GET', '/api/v1/activities?limit=100'))
      .json<ListEnvelope<ActivityResponse>>()
      .items.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([onMine.id, onUnassigned.id]));
    expect(ids).not.toContain(onTheirs.id);

    const url = `/api/v1/activities/${onTheirs.id}`;
    expect((await call(agent, 'GET', url)).statusCode).toBe(404);
    expect((await call(agent, 'PATCH', url, { done: true })).statusCode).toBe(404);
    expect((await call(agent, 'DELETE', url)).statusCode).toBe(404);
    const create = await call(agent, 'POST', '/api/v1/activities', {
      lead_id: theirs.id,
      type: 'call',
      subject: 'Ligar',
      due_at: '2026-12-10T10:00:00Z',
    });
    expect(create.statusCode).toBe(404);
    const day = (await call(agent, 'GET', '/api/v1/activities/my-day')).body;
    expect(day).not.toContain(onTheirs.id);

    // The agent works the activities they can see.
    const done = await call(agent, 'PATCH', `/api/v1/activities/${onUnassigned.id}`, {
      done: true,
    });
    expect(done.statusCode).toBe(200);
    expect((await call(manager, 'GET', url)).statusCode).toBe(200);
  });
});
