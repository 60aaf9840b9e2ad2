import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, SavedFilter } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('bulk actions on leads', () => {
  let t: TestApp;
  let admin: Session;

  const bulk = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/leads/bulk',
      headers: asMember(session, session.organizationId),
      payload,
    });
  const leadsOf = (ids: string[]) =>
    adminQuery<{ id: string; stage: string; assigned_user_id: string | null; tags: string[] }>(
      'SELECT id, stage, assigned_user_id, tags FROM leads WHERE id = ANY($1) ORDER BY name',
      [ids],
    );

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const three = async (session: Session = admin) => [
    await createLead(t.app, session, { name: 'Bulk 1', tags: [] }),
    await createLead(t.app, session, { name: 'Bulk 2', stage: 'proposta', tags: [] }),
    await createLead(t.app, session, { name: 'Bulk 3', tags: [] }),
  ];

  it('moves several leads in one request, each recorded once and in the order given', async () => {
    const leads = await three();
    const ids = leads.map((l) => l.id);
    const res = await bulk(admin, { ids, action: 'move_stage', stage: 'proposta' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ action: 'move_stage', affected: 3, ids });
    expect((await leadsOf(ids)).map((l) => l.stage)).toEqual(['proposta', 'proposta', 'proposta']);
    const events = await adminQuery<{ lead_id: string }>(
      `SELECT lead_id FROM lead_events WHERE lead_id = ANY($1) AND type = 'stage_changed'`,
      [ids],
    );
    // The one already in Proposta did not move.
    expect(events.map((e) => e.lead_id).sort()).toEqual([ids[0], ids[2]].sort());
    const column = await adminQuery<{ id: string }>(
      `SELECT id FROM leads WHERE organization_id = $1 AND stage = 'proposta' ORDER BY position, id`,
      [admin.organizationId],
    );
    expect(column.slice(0, 2).map((r) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it('assigns, tags and untags, and deletes', async () => {
    const member = await addMember(t.app, admin, 'agent');
    const ids = (await three()).map((l) => l.id);
    await bulk(admin, { ids, action: 'assign', assigned_user_id: member.user.id });
    await bulk(admin, { ids, action: 'add_tag', tag: 'black-friday' });
    await bulk(admin, { ids: [ids[0]], action: 'remove_tag', tag: 'black-friday' });
    const rows = await leadsOf(ids);
    expect(rows.map((l) => l.assigned_user_id)).toEqual([
      member.user.id,
      member.user.id,
      member.user.id,
    ]);
    expect(rows.map((l) => l.tags)).toEqual([[], ['black-friday'], ['black-friday']]);
    const unassigned = await bulk(admin, { ids, action: 'assign', assigned_user_id: null });
    expect(unassigned.statusCode).toBe(200);
    expect((await leadsOf(ids)).every((l) => l.assigned_user_id === null)).toBe(true);

    const deleted = await bulk(admin, { ids, action: 'delete' });
    expect(deleted.statusCode).toBe(200);
    expect(await leadsOf(ids)).toEqual([]);
  });

  it('changes nothing when one lead is not the caller’s (404 naming it)', async () => {
    const other = await register(t.app);
    const mine = (await three()).map((l) => l.id);
    const foreign = await createLead(t.app, other);
    const res = await bulk(admin, {
      ids: [...mine, foreign.id],
      action: 'move_stage',
      stage: 'negociacao',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'LEAD_NOT_FOUND', missing_ids: [foreign.id] });
    expect((await leadsOf(mine)).map((l) => l.stage)).toEqual(['lead', 'proposta', 'lead']);
    const asOther = await bulk(other, { ids: mine, action: 'delete' });
    expect(asOther.statusCode).toBe(404);
    expect(await leadsOf(mine)).toHaveLength(3);
  });

  it('keeps agents to their own leads, to assigning themselves, and away from deleting', async () => {
    const agent = await addMember(t.app, admin, 'agent');
    const colleague = await addMember(t.app, admin, 'agent');
    const own = await createLead(t.app, agent, { name: 'Agent own' });
    const theirs = await createLead(t.app, admin, {
      name: 'Colleague',
      assigned_user_id: colleague.user.id,
    });
    const hidden = await bulk(agent, { ids: [own.id, theirs.id], action: 'add_tag', tag: 'x' });
    expect(hidden.statusCode).toBe(404);
    const toOther = await bulk(agent, {
      ids: [own.id],
      action: 'assign',
      assigned_user_id: colleague.user.id,
    });
    expect(toOther.statusCode).toBe(403);
    const remove = await bulk(agent, { ids: [own.id], action: 'delete' });
    expect(remove.statusCode).toBe(403);
    expect(remove.json()).toMatchObject({ code: 'LEAD_DELETE_NOT_ALLOWED' });
  });

  it('refuses malformed requests with the field at fault', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ids: [], action: 'delete' }, 'ids'],
      [{ ids: ['nope'], action: 'delete' }, 'ids'],
      [{ ids: Array.from({ length: 501 }, () => crypto.randomUUID()), action: 'delete' }, 'ids'],
      [{ ids: [crypto.randomUUID()], action: 'explode' }, 'action'],
      [{ ids: [crypto.randomUUID()], action: 'move_stage' }, 'stage'],
      [{ ids: [crypto.randomUUID()], action: 'add_tag' }, 'tag'],
    ];
    for (const [payload, field] of cases) {
      const res = await bulk(admin, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe('saved filters', () => {
  let t: TestApp;
  let admin: Session;
  const call = (
    session: Session,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: asMember(session, session.organizationId),
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it("saves, lists and deletes a user's filters, private to them", async () => {
    const filters = {
      priority: 'high',
      outcome: 'open',
      stage: 'proposta',
      sort: '-estimated_value',
    };
    const created = await call(admin, 'POST', '/api/v1/saved-filters', {
      name: 'Quentes',
      filters,
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json<SavedFilter>();
    expect(saved).toMatchObject({ name: 'Quentes', filters });
    const again = await call(admin, 'POST', '/api/v1/saved-filters', { name: 'quentes', filters });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SAVED_FILTER_EXISTS' });

    const colleague = await addMember(t.app, admin, 'manager');
    expect((await call(colleague, 'GET', '/api/v1/saved-filters')).json().items).toEqual([]);
    expect((await call(colleague, 'DELETE', `/api/v1/saved-filters/${saved.id}`)).statusCode).toBe(
      404,
    );
    expect((await call(admin, 'GET', '/api/v1/saved-filters')).json().items).toEqual([saved]);
    expect((await call(admin, 'DELETE', `/api/v1/saved-filters/${saved.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'GET', '/api/v1/saved-filters')).json().items).toEqual([]);
  });

  it('refuses filters the board does not know', async () => {
    const res = await call(admin, 'POST', '/api/v1/saved-filters', {
      name: 'Ruim',
      filters: { stage: 'ganho', sort: 'random' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['filters.stage', 'filters.sort']));
  });
});

describe('timeline authors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('names who wrote each note', async () => {
    const admin = await register(t.app);
    const lead: LeadResponse = await createLead(t.app, admin);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${lead.id}/notes`,
      headers: asMember(admin, admin.organizationId),
      payload: { content: 'Ligar amanhã' },
    });
    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/communications/timeline/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    const note = timeline
      .json<{ items: Array<{ type: string; author?: { id: string; name: string } | null }> }>()
      .items.find((item) => item.type === 'communication');
    expect(note?.author).toEqual({ id: admin.user.id, name: admin.user.name, type: 'user' });
  });
});
