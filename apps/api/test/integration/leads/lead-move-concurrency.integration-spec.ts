import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadResponse, LeadStage } from '@loved/shared';
import { isValidPosition } from '../../../src/modules/leads/utils/lead-position.util';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

type Row = { id: string; stage: string; position: string; version: number; updated_at: Date };

describe('moving leads under concurrency', () => {
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
  const createMany = async (
    session: Session,
    count: number,
    stage: LeadStage,
  ): Promise<LeadResponse[]> => {
    const leads: LeadResponse[] = [];
    for (let i = 0; i < count; i += 1) leads.push(await createLead(t.app, session, { stage }));
    return leads;
  };
  const rows = async (session: Session): Promise<Map<string, Row>> => {
    const all = await adminQuery<Row>(
      'SELECT id, stage, position, version, updated_at FROM leads WHERE organization_id = $1',
      [session.organizationId],
    );
    return new Map(all.map((row) => [row.id, row]));
  };
  const changedPositions = (before: Map<string, Row>, after: Map<string, Row>, ids: string[]) =>
    ids.filter((id) => before.get(id)?.position !== after.get(id)?.position).length;
  const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;

  it('keeps positions unique and untouched leads unversioned under 200 concurrent moves', async () => {
    const admin = await register(t.app);
    const movers = await createMany(admin, 30, 'contato');
    const topColumn = await createMany(admin, 15, 'lead');
    const anchors = await createMany(admin, 8, 'proposta');
    // A run of long keys, as left by many inserts at one spot: dropping cards into it makes
    // keys pass the limit, so rekeys of these untouched leads race the other moves.
    const hotspot = await createMany(admin, 8, 'negociacao');
    for (const [i, lead] of hotspot.entries()) {
      await adminQuery('UPDATE leads SET position = $1 WHERE organization_id = $2 AND id = $3', [
        `a0${'z'.repeat(19)}${'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[4 + i * 6]}`,
        admin.organizationId,
        lead.id,
      ]);
    }
    const untouched = [...topColumn, ...anchors, ...hotspot].map((lead) => lead.id);
    const before = await rows(admin);

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const lead = pick(movers, i * 7).id;
        if (i % 5 === 1)
          return move(admin, lead, { stage: 'negociacao', after_id: hotspot[0]?.id });
        if (i % 5 === 3)
          return move(admin, lead, { stage: 'proposta', after_id: pick(anchors, i).id });
        return move(admin, lead, { stage: 'lead' });
      }),
    );

    const statuses = results.map((res) => res.statusCode);
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(0);
    const after = await rows(admin);
    const duplicates = await adminQuery(
      'SELECT stage, position FROM leads WHERE organization_id = $1 GROUP BY stage, position HAVING count(*) > 1',
      [admin.organizationId],
    );
    expect(duplicates).toEqual([]);
    expect([...after.values()].every((row) => isValidPosition(row.position))).toBe(true);
    expect(Math.max(...[...after.values()].map((row) => row.position.length))).toBeLessThanOrEqual(
      24,
    );
    for (const id of untouched) {
      expect(after.get(id)).toMatchObject({
        stage: before.get(id)?.stage,
        version: before.get(id)?.version,
        updated_at: before.get(id)?.updated_at,
      });
    }
    // The rekeys did run, and kept the untouched run's order.
    expect(
      changedPositions(
        before,
        after,
        hotspot.map((l) => l.id),
      ),
    ).toBeGreaterThan(0);
    const order = (snapshot: Map<string, Row>): string[] =>
      hotspot
        .map((lead) => snapshot.get(lead.id) as Row)
        .sort((a, b) => (a.position < b.position ? -1 : 1))
        .map((row) => row.id);
    expect(order(after)).toEqual(order(before));
  });

  it('writes no other row when cards keep landing on top of a column', async () => {
    const admin = await register(t.app);
    const column = await createMany(admin, 30, 'lead');
    const movers = await createMany(admin, 10, 'contato');
    const before = await rows(admin);

    for (let i = 0; i < 150; i += 1) {
      expect((await move(admin, pick(movers, i).id, { stage: 'lead' })).statusCode).toBe(200);
    }

    const after = await rows(admin);
    const ids = column.map((lead) => lead.id);
    expect(changedPositions(before, after, ids)).toBe(0);
    expect(ids.every((id) => after.get(id)?.version === before.get(id)?.version)).toBe(true);
    expect(Math.max(...[...after.values()].map((row) => row.position.length))).toBeLessThanOrEqual(
      3,
    );
  });

  it('rekeys a small window, not the column, when cards keep landing at one spot', async () => {
    const admin = await register(t.app);
    const column = await createMany(admin, 120, 'contato');
    const anchor = column[60] as LeadResponse;
    const before = await rows(admin);

    const inserted: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const lead = await createLead(t.app, admin, { stage: 'lead' });
      const res = await move(admin, lead.id, { stage: 'contato', after_id: anchor.id });
      expect(res.statusCode).toBe(200);
      inserted.push(lead.id);
    }

    const after = await rows(admin);
    const ids = column.map((lead) => lead.id);
    // Only the rows next to the spot were rekeyed, and none of them got a new version.
    expect(changedPositions(before, after, ids)).toBeLessThanOrEqual(32);
    expect(ids.every((id) => after.get(id)?.version === before.get(id)?.version)).toBe(true);
    // Each inserted lead was moved once (version 2) and never bumped by a rekey.
    expect(inserted.every((id) => after.get(id)?.version === 2)).toBe(true);
    expect(Math.max(...[...after.values()].map((row) => row.position.length))).toBeLessThanOrEqual(
      24,
    );
  });
});
