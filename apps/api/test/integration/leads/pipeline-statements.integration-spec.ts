import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResponse } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { addMember, asMember, register, type Session } from '../../utils/identity.helpers';
import { countSqlStatements, type SqlStatementCounter } from '../../utils/sql-statement-counter';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * The board answers in a fixed number of statements, whatever the number of stages and cards:
 * BEGIN with the RLS settings, counts and totals, every column's first cards, their assignees,
 * the stages' deal-health thresholds, COMMIT.
 */
describe('board statements', () => {
  let t: TestApp;
  let counter: SqlStatementCounter;
  beforeAll(async () => {
    t = await createTestApp({ processJobs: false });
    counter = countSqlStatements(t.app);
  });
  afterAll(() => t.close());

  async function board(session: Session, query = ''): Promise<PipelineResponse> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/pipeline?limit=3${query}`,
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<PipelineResponse>();
  }

  /** Five leads per stage, assigned round-robin to the admin and two agents. */
  async function fullBoard(admin: Session): Promise<Session[]> {
    const agents = [await addMember(t.app, admin, 'agent'), await addMember(t.app, admin, 'agent')];
    const owners = [admin, ...agents];
    for (const [s, stage] of ['lead', 'contato', 'proposta', 'negociacao', 'fechado'].entries()) {
      for (let i = 0; i < 5; i += 1) {
        await adminQuery(
          `INSERT INTO leads (organization_id, name, stage, position, estimated_value_cents, assigned_user_id, priority)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            admin.organizationId,
            `Lead ${stage} ${i}`,
            stage,
            `m${i}`,
            (i + 1) * 10000,
            owners[(s + i) % owners.length]?.user.id,
            i % 2 ? 'high' : 'low',
          ],
        );
      }
    }
    return agents;
  }

  it('runs the same few statements for a full board, filtered or not', async () => {
    const admin = await register(t.app);
    await fullBoard(admin);
    await board(admin); // warms the membership cache

    counter.reset();
    const unfiltered = await board(admin);
    const unfilteredStatements = [...counter.statements];
    counter.reset();
    const filtered = await board(admin, '&priority=high');
    const filteredStatements = [...counter.statements];

    expect(unfiltered.columns.map((c) => [c.stage, c.count, c.items.length])).toEqual([
      ['lead', 5, 3],
      ['contato', 5, 3],
      ['proposta', 5, 3],
      ['negociacao', 5, 3],
      ['fechado', 5, 3],
    ]);
    expect(filtered.columns.every((c) => c.count === 2)).toBe(true);
    // BEGIN with the RLS settings, totals, first cards, assignees, COMMIT (it was 14).
    expect(unfilteredStatements.length, unfilteredStatements.join('\n')).toBe(6);
    expect(filteredStatements.length).toBe(unfilteredStatements.length);
  });

  it('keeps per-column cursors and the order of the list sorted by position', async () => {
    const admin = await register(t.app);
    await fullBoard(admin);
    const response = await board(admin);

    for (const column of response.columns) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/leads?stage=${column.stage}&sort=position&limit=3`,
        headers: asMember(admin, admin.organizationId),
      });
      const list = res.json<{ items: Array<{ id: string }>; next_cursor: string | null }>();
      expect(column.items.map((l) => l.id)).toEqual(list.items.map((l) => l.id));
      expect(column.next_cursor).toBe(list.next_cursor);
      expect(column.items.every((l) => l.assigned_user?.id !== undefined)).toBe(true);
    }
  });

  it('shows an agent only their own and unassigned cards in counts and columns', async () => {
    const admin = await register(t.app);
    const [agent] = await fullBoard(admin);
    await adminQuery(
      `INSERT INTO leads (organization_id, name, stage, position) VALUES ($1, 'Sem dono', 'lead', 'm9')`,
      [admin.organizationId],
    );
    const response = await board(agent as Session, '');

    const total = response.columns.reduce((sum, c) => sum + c.count, 0);
    // 25 leads round-robin over three owners (the agent gets 9) + 1 unassigned.
    expect(total).toBe(10);
    for (const column of response.columns) {
      for (const card of column.items) {
        expect([null, agent?.user.id]).toContain(card.assigned_user?.id ?? null);
      }
    }
  });
});
