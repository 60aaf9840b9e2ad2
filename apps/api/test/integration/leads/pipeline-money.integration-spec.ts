import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResponse } from '@loved/shared';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

/**
 * Values the API's validation refuses today, written straight into the table (older rows, a
 * script): the board must still answer, with totals that are never rounded.
 */
describe('board totals with huge estimated values', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** `count` leads in `stage`, each worth `cents`, inserted as the schema owner. */
  async function insertLeads(
    session: Session,
    stage: string,
    count: number,
    cents: string,
  ): Promise<void> {
    await adminQuery(
      `INSERT INTO leads (organization_id, name, stage, position, estimated_value_cents)
       SELECT $1, 'Lead ' || g, $2, 'm' || lpad(g::text, 6, '0'), $3::bigint
         FROM generate_series(1, $4::int) AS g`,
      [session.organizationId, stage, cents, count],
    );
  }

  async function board(session: Session): Promise<PipelineResponse> {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/pipeline?limit=2',
      headers: asMember(session, session.organizationId),
    });
    expect(res.statusCode).toBe(200);
    return res.json<PipelineResponse>();
  }

  const columnOf = (response: PipelineResponse, stage: string) =>
    response.columns.find((column) => column.stage === stage);

  it('sums past 2^53 exactly: the decimal total is exact and the cents give way to null', async () => {
    const admin = await register(t.app);
    await insertLeads(admin, 'proposta', 2, String(Number.MAX_SAFE_INTEGER));

    const column = columnOf(await board(admin), 'proposta');

    // 2 × 9007199254740991 = 18014398509481982 cents, which a JSON number would round.
    expect(column).toMatchObject({
      count: 2,
      total_estimated_value: '180143985094819.82',
      total_estimated_value_cents: null,
    });
    expect(column?.items.map((lead) => lead.estimated_value_cents)).toEqual([
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER,
    ]);
  });

  it('answers 200 where the sum overflows bigint, which made the board 500', async () => {
    const admin = await register(t.app);
    // 1100 × (2^53 − 1) ≈ 9.9 × 10^18 > 2^63 − 1.
    await insertLeads(admin, 'negociacao', 1100, String(Number.MAX_SAFE_INTEGER));

    const column = columnOf(await board(admin), 'negociacao');

    expect(column?.count).toBe(1100);
    // 1100 × 9007199254740991 = 9907919180215090100 cents.
    expect(column?.total_estimated_value).toBe('99079191802150901.00');
    expect(column?.items).toHaveLength(2);
  });

  it('keeps exact cents for totals a JSON number holds', async () => {
    const admin = await register(t.app);
    await insertLeads(admin, 'contato', 3, '1000000000000000');

    expect(columnOf(await board(admin), 'contato')).toMatchObject({
      total_estimated_value: '30000000000000.00',
      total_estimated_value_cents: 3_000_000_000_000_000,
    });
  });
});
