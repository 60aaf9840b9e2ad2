import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, PipelineResponse } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('moving leads on the board', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const move = (session: Session, id: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${id}/move`,
      headers: asMember(session, session.organizationId),
      payload,
    });
  type Page = { items: LeadResponse[]; next_cursor: string | null };
  const columnPage = async (
    session: Session,
    stage: string,
    cursor: string | null,
  ): Promise<Page> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads?stage=${stage}&sort=position&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      headers: asMember(session, session.organizationId),
    });
    return res.json<Page>();
  };
  const column = async (session: Session, stage: string): Promise<string[]> => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await columnPage(session, stage, cursor);
      ids.push(...page.items.map((l) => l.id));
      cursor = page.next_cursor;
    } while (cursor);
    return ids;
  };

  it('puts new leads at the top and moves a card before, after and between neighbours', async () => {
    const admin = await register(t.app);
    const a = await createLead(t.app, admin);
    const b = await createLead(t.app, admin);
    const c = await createLead(t.app, admin);
    expect(await column(admin, 'lead')).toEqual([c.id, b.id, a.id]);

    expect((await move(admin, c.id, { stage: 'lead', after_id: a.id })).statusCode).toBe(200);
    expect(await column(admin, 'lead')).toEqual([b.id, a.id, c.id]);
    await move(admin, c.id, { stage: 'lead', before_id: b.id });
    expect(await column(admin, 'lead')).toEqual([c.id, b.id, a.id]);
    await move(admin, a.id, { stage: 'lead', after_id: c.id, before_id: b.id });
    expect(await column(admin, 'lead')).toEqual([c.id, a.id, b.id]);
  });

  it('moves a card to another column and records who changed the stage', async () => {
    const admin = await register(t.app);
    const target = await createLead(t.app, admin, { stage: 'proposta' });
    const lead = await createLead(t.app, admin);
    const res = await move(admin, lead.id, { stage: 'proposta', after_id: target.id });
    expect(res.json()).toMatchObject({ stage: 'proposta', version: 2 });
    expect(await column(admin, 'proposta')).toEqual([target.id, lead.id]);
    expect(await column(admin, 'lead')).toEqual([]);
    const events = await adminQuery<{
      type: string;
      from_value: string;
      to_value: string;
      actor_user_id: string;
    }>(
      'SELECT type, from_value, to_value, actor_user_id FROM lead_events WHERE lead_id = $1 ORDER BY created_at',
      [lead.id],
    );
    expect(events).toEqual([
      { type: 'created', from_value: null, to_value: 'lead', actor_user_id: admin.user.id },
      {
        type: 'stage_changed',
        from_value: 'lead',
        to_value: 'proposta',
        actor_user_id: admin.user.id,
      },
    ]);
  });

  it('refuses a neighbour from another column with 409', async () => {
    const admin = await register(t.app);
    const elsewhere = await createLead(t.app, admin, { stage: 'contato' });
    const lead = await createLead(t.app, admin);
    const res = await move(admin, lead.id, { stage: 'lead', before_id: elsewhere.id });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'LEAD_NEIGHBOUR_NOT_IN_STAGE' });
  });

  it('keeps one consistent order under 20 concurrent moves in one column', async () => {
    const admin = await register(t.app);
    const leads: LeadResponse[] = [];
    for (let i = 0; i < 20; i += 1)
      leads.push(await createLead(t.app, admin, { stage: 'negociacao' }));
    const anchor = leads[0] as LeadResponse;
    // Every other lead is dropped right after the same anchor at the same time.
    const results = await Promise.all(
      leads
        .slice(1)
        .map((lead) => move(admin, lead.id, { stage: 'negociacao', after_id: anchor.id })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(results.map(() => 200));

    const order = await column(admin, 'negociacao');
    expect(order).toHaveLength(20);
    expect(new Set(order)).toEqual(new Set(leads.map((l) => l.id)));
    const positions = await adminQuery<{ position: string }>(
      `SELECT position FROM leads WHERE organization_id = $1 AND stage = 'negociacao' ORDER BY position COLLATE "C"`,
      [admin.organizationId],
    );
    expect(new Set(positions.map((p) => p.position)).size).toBe(20);
    // The anchor stays first; the others follow it, most recent move first.
    expect(order[0]).toBe(anchor.id);
  });

  it('rebalances a column whose keys grew long, keeping its order', async () => {
    const admin = await register(t.app);
    const top = await createLead(t.app, admin, { stage: 'contato' });
    const bottom = await createLead(t.app, admin, { stage: 'contato' });
    // bottom was created last, so it is on top: put it back at the end, then keep inserting
    // right under `top`, which makes keys longer every time, until the column is rebalanced.
    await move(admin, bottom.id, { stage: 'contato', after_id: top.id });
    const inserted: string[] = [];
    for (let i = 0; i < 150; i += 1) {
      const lead = await createLead(t.app, admin, { stage: 'lead' });
      await move(admin, lead.id, { stage: 'contato', before_id: bottom.id });
      inserted.push(lead.id);
    }
    const order = await column(admin, 'contato');
    expect(order).toEqual([top.id, ...inserted, bottom.id]);
    const longest = await adminQuery<{ n: number }>(
      `SELECT max(length(position))::int AS n FROM leads WHERE organization_id = $1`,
      [admin.organizationId],
    );
    expect(longest[0]?.n).toBeLessThanOrEqual(24);
  });

  it('answers the board with counts, BRL totals and cards in column order', async () => {
    const admin = await register(t.app);
    await createLead(t.app, admin, { stage: 'proposta', estimated_value: '1000.10' });
    const newest = await createLead(t.app, admin, {
      stage: 'proposta',
      estimated_value_cents: 250,
    });
    await createLead(t.app, admin, { stage: 'fechado' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/pipeline?limit=1',
      headers: asMember(admin, admin.organizationId),
    });
    expect(res.statusCode).toBe(200);
    const board = res.json<PipelineResponse>();
    expect(board.columns.map((c) => c.stage)).toEqual([
      'lead',
      'contato',
      'proposta',
      'negociacao',
      'fechado',
    ]);
    const proposta = board.columns[2];
    expect(proposta).toMatchObject({
      count: 2,
      total_estimated_value: '1002.60',
      total_estimated_value_cents: 100260,
    });
    expect(proposta?.items.map((i) => i.id)).toEqual([newest.id]);
    expect(proposta?.next_cursor).toEqual(expect.any(String));
    const more = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads?stage=proposta&sort=position&cursor=${proposta?.next_cursor}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(more.json<{ items: LeadResponse[]; next_cursor: null }>()).toMatchObject({
      next_cursor: null,
    });
    expect(more.json<{ items: LeadResponse[] }>().items).toHaveLength(1);
    expect(board.columns[4]).toMatchObject({ count: 1, total_estimated_value: '0.00' });
  });
});
