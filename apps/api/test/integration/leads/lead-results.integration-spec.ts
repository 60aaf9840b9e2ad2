import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, LostReason, PipelineResponse } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('won and lost', () => {
  let t: TestApp;
  let admin: Session;

  const post = (session: Session, url: string, payload: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: asMember(session, session.organizationId),
      payload,
    });
  const get = (session: Session, url: string) =>
    t.app.inject({ method: 'GET', url, headers: asMember(session, session.organizationId) });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('closes a lead as won from any stage: moved to Fechado with its result, in one step', async () => {
    const lead = await createLead(t.app, admin, { stage: 'proposta', estimated_value: '1500.00' });
    const res = await post(admin, `/api/v1/leads/${lead.id}/close`, { outcome: 'won' });
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json<LeadResponse>();
    expect(closed).toMatchObject({ stage: 'fechado', outcome: 'won', lost_reason: null });
    expect(Date.parse(closed.stage_changed_at)).toBeGreaterThanOrEqual(
      Date.parse(lead.stage_changed_at),
    );
    const events = await adminQuery<{ type: string; to_value: string }>(
      `SELECT type, to_value FROM lead_events WHERE lead_id = $1 AND type <> 'created' ORDER BY created_at`,
      [lead.id],
    );
    expect(events).toEqual([
      { type: 'stage_changed', to_value: 'fechado' },
      { type: 'outcome_set', to_value: 'won' },
    ]);
  });

  it('needs a reason to close as lost, and keeps it', async () => {
    const lead = await createLead(t.app, admin);
    const without = await post(admin, `/api/v1/leads/${lead.id}/close`, { outcome: 'lost' });
    expect(without.statusCode).toBe(400);
    expect(without.json()).toMatchObject({
      code: 'LEAD_LOST_REASON_REQUIRED',
      errors: [expect.objectContaining({ field: 'lost_reason' })],
    });
    expect((await get(admin, `/api/v1/leads/${lead.id}`)).json()).toMatchObject({
      stage: 'lead',
      outcome: null,
    });
    const lost = await post(admin, `/api/v1/leads/${lead.id}/close`, {
      outcome: 'lost',
      lost_reason: 'Preço',
    });
    expect(lost.json()).toMatchObject({ stage: 'fechado', outcome: 'lost', lost_reason: 'Preço' });
  });

  it('reopens a closed lead into an open stage without its result', async () => {
    const lead = await createLead(t.app, admin);
    await post(admin, `/api/v1/leads/${lead.id}/close`, { outcome: 'lost', lost_reason: 'Preço' });
    const reopened = await post(admin, `/api/v1/leads/${lead.id}/reopen`, {});
    expect(reopened.json()).toMatchObject({
      stage: 'negociacao',
      outcome: null,
      lost_reason: null,
    });
    const intoFechado = await post(admin, `/api/v1/leads/${lead.id}/reopen`, { stage: 'fechado' });
    expect(intoFechado.statusCode).toBe(400);
  });

  it('sets the result with a drop on Fechado, and refuses a result elsewhere', async () => {
    const lead = await createLead(t.app, admin);
    const moved = await post(admin, `/api/v1/leads/${lead.id}/move`, {
      stage: 'fechado',
      outcome: 'won',
    });
    expect(moved.json()).toMatchObject({ stage: 'fechado', outcome: 'won' });
    const other = await createLead(t.app, admin);
    const wrong = await post(admin, `/api/v1/leads/${other.id}/move`, {
      stage: 'contato',
      outcome: 'won',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'LEAD_OUTCOME_NEEDS_CLOSED_STAGE' });
  });

  it('totals the board by result, per column and overall, and filters by result', async () => {
    const session = await register(t.app);
    const make = (value: string, stage?: 'negociacao') =>
      createLead(t.app, session, { estimated_value: value, stage });
    const open = await make('100.00', 'negociacao');
    const won = await make('1000.00');
    const lost = await make('50.00');
    const closedOpen = await make('7.00');
    await post(session, `/api/v1/leads/${won.id}/close`, { outcome: 'won' });
    await post(session, `/api/v1/leads/${lost.id}/close`, { outcome: 'lost', lost_reason: 'x' });
    await post(session, `/api/v1/leads/${closedOpen.id}/move`, { stage: 'fechado' });

    const board = (await get(session, '/api/v1/pipeline')).json<PipelineResponse>();
    const fechado = board.columns.find((c) => c.stage === 'fechado');
    expect(fechado).toMatchObject({
      count: 3,
      total_estimated_value: '1057.00',
      open: { count: 1, total_estimated_value: '7.00', total_estimated_value_cents: 700 },
      won: { count: 1, total_estimated_value: '1000.00' },
      lost: { count: 1, total_estimated_value: '50.00' },
    });
    expect(board.columns.find((c) => c.stage === 'negociacao')?.open).toMatchObject({
      count: 1,
      total_estimated_value: '100.00',
    });
    expect(board.totals).toMatchObject({
      count: 4,
      total_estimated_value: '1157.00',
      open: { count: 2, total_estimated_value: '107.00' },
      won: { count: 1, total_estimated_value: '1000.00' },
      lost: { count: 1, total_estimated_value: '50.00' },
    });

    const ids = async (outcome: string) =>
      (await get(session, `/api/v1/leads?outcome=${outcome}`))
        .json<{ items: LeadResponse[] }>()
        .items.map((l) => l.id)
        .sort();
    expect(await ids('won')).toEqual([won.id]);
    expect(await ids('lost')).toEqual([lost.id]);
    expect(await ids('open')).toEqual([open.id, closedOpen.id].sort());
    const exported = (await get(session, '/api/v1/leads/export.csv?outcome=won')).body;
    expect(exported).toContain(won.name);
    expect(exported).not.toContain(lost.name);
    const wonBoard = (await get(session, '/api/v1/pipeline?outcome=won')).json<PipelineResponse>();
    expect(wonBoard.totals.count).toBe(1);
    expect((await get(session, '/api/v1/leads?outcome=maybe')).statusCode).toBe(400);
  });

  it('restarts the days in stage on every stage change, and sorts by them and by value', async () => {
    const session = await register(t.app);
    const a = await createLead(t.app, session, { name: 'A', estimated_value: '300.00' });
    await createLead(t.app, session, { name: 'B' });
    await createLead(t.app, session, { name: 'C', estimated_value: '20.00' });
    await adminQuery(
      `UPDATE leads SET stage_changed_at = now() - interval '3 days' WHERE id = $1`,
      [a.id],
    );
    const moved = (
      await post(session, `/api/v1/leads/${a.id}/move`, { stage: 'contato' })
    ).json<LeadResponse>();
    expect(Date.now() - Date.parse(moved.stage_changed_at)).toBeLessThan(60_000);

    const order = async (sort: string, limit = 10) => {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: LeadResponse[]; next_cursor: string | null } = (
          await get(
            session,
            `/api/v1/leads?sort=${sort}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
          )
        ).json();
        names.push(...page.items.map((l) => l.name));
        cursor = page.next_cursor;
      } while (cursor);
      return names;
    };
    expect(await order('-estimated_value')).toEqual(['A', 'C', 'B']);
    expect(await order('estimated_value', 1)).toEqual(['B', 'C', 'A']);
    expect(await order('-name', 2)).toEqual(['C', 'B', 'A']);
    expect((await order('-stage_changed_at', 1))[0]).toBe('A');
    expect(await order('stage_changed_at', 1)).toEqual(['B', 'C', 'A']);
    expect(await order('-last_contact_at', 1)).toHaveLength(3);
  });
});

describe('lost reasons', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  const call = (
    session: Session,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: asMember(session, session.organizationId),
      ...(payload ? { payload } : {}),
    });

  it('starts every organisation with the default list, in order', async () => {
    const res = await call(admin, 'GET', '/api/v1/lost-reasons');
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: LostReason[] }>().items.map((r) => r.label)).toEqual([
      'Preço',
      'Escolheu um concorrente',
      'Sem orçamento',
      'Sem resposta',
      'Momento errado',
      'Outro',
    ]);
  });

  it('lets managers and admins edit the list, and agents only read it', async () => {
    const manager = await addMember(t.app, admin, 'manager');
    const agent = await addMember(t.app, admin, 'agent');
    const created = await call(manager, 'POST', '/api/v1/lost-reasons', { label: 'Sumiu' });
    expect(created.statusCode).toBe(201);
    const reason = created.json<LostReason>();
    expect(reason.position).toBe(6);
    const duplicate = await call(admin, 'POST', '/api/v1/lost-reasons', { label: 'sumiu' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'LOST_REASON_EXISTS' });
    const renamed = await call(admin, 'PATCH', `/api/v1/lost-reasons/${reason.id}`, {
      label: 'Parou de responder',
      position: 0,
    });
    expect(renamed.json()).toMatchObject({ label: 'Parou de responder', position: 0 });
    const clash = await call(admin, 'PATCH', `/api/v1/lost-reasons/${reason.id}`, {
      label: 'Preço',
    });
    expect(clash.statusCode).toBe(409);
    expect((await call(agent, 'POST', '/api/v1/lost-reasons', { label: 'X' })).statusCode).toBe(
      403,
    );
    expect((await call(agent, 'GET', '/api/v1/lost-reasons')).statusCode).toBe(200);
    expect((await call(admin, 'POST', '/api/v1/lost-reasons', { label: ' ' })).statusCode).toBe(
      400,
    );
    expect((await call(admin, 'DELETE', `/api/v1/lost-reasons/${reason.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'DELETE', `/api/v1/lost-reasons/${reason.id}`)).statusCode).toBe(404);
  });

  it("never shows or changes another organisation's reasons", async () => {
    const other = await register(t.app);
    const mine = (await call(admin, 'GET', '/api/v1/lost-reasons')).json<{ items: LostReason[] }>()
      .items[0] as LostReason;
    expect(
      (await call(other, 'PATCH', `/api/v1/lost-reasons/${mine.id}`, { label: 'x' })).statusCode,
    ).toBe(404);
    expect((await call(other, 'DELETE', `/api/v1/lost-reasons/${mine.id}`)).statusCode).toBe(404);
    const theirs = (await call(other, 'GET', '/api/v1/lost-reasons')).json<{
      items: LostReason[];
    }>();
    expect(theirs.items.map((r) => r.id)).not.toContain(mine.id);
  });
});
