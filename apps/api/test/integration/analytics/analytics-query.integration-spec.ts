import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FunnelResponse, LeadResponse, WinRateResponse } from '@loved/shared';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { getReport } from './analytics.helpers';

const REPORTS = [
  'funnel',
  'pipeline-value',
  'win-rate',
  'lost-reasons',
  'activities',
  'first-response',
];

/** Today and `days` days earlier as São Paulo dates, from the test's clock. */
function saoPauloDate(daysBack = 0): string {
  const day = new Date(Date.now() - daysBack * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(day);
}

describe('analytics query: period, owner and validation', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it.each([
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-10' }, 'from'],
    ['a date in another format', { from: '01/03/2026' }, 'from'],
    ['a date-time', { to: '2026-03-01T00:00:00Z' }, 'to'],
    ['from after to', { from: '2026-03-02', to: '2026-03-01' }, 'to'],
    ['367 days', { from: '2024-01-01', to: '2025-01-01' }, 'to'],
    ['an owner that is neither a UUID nor me', { owner_id: 'someone' }, 'owner_id'],
  ])('answers 400 to %s on every report', async (_name, query, field) => {
    for (const report of REPORTS) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/analytics/${report}?${new URLSearchParams(query as Record<string, string>)}`,
        headers: asMember(admin, admin.organizationId),
      });
      expect(res.statusCode, report).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toContain(
        field,
      );
    }
  });

  it('takes a whole leap year (366 days) and a single day', async () => {
    const year = await getReport<FunnelResponse>(t.app, admin, 'funnel', {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(year.status).toBe(200);
    const day = await getReport<FunnelResponse>(t.app, admin, 'funnel', {
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(day.body.period).toMatchObject({ from: '2026-03-01', to: '2026-03-01' });
  });

  it("defaults to the last 30 days up to today in the organisation's time zone", async () => {
    const { status, body } = await getReport<FunnelResponse>(t.app, admin, 'funnel');
    expect(status).toBe(200);
    expect(body.period).toEqual({
      from: saoPauloDate(29),
      to: saoPauloDate(),
      owner_id: null,
      time_zone: 'America/Sao_Paulo',
    });
    // Only `to`: the 30 days ending there. Only `from`: up to today.
    const ending = await getReport<FunnelResponse>(t.app, admin, 'funnel', { to: '2026-03-31' });
    expect(ending.body.period).toMatchObject({ from: '2026-03-02', to: '2026-03-31' });
    const starting = await getReport<FunnelResponse>(t.app, admin, 'funnel', {
      from: saoPauloDate(3),
    });
    expect(starting.body.period).toMatchObject({ from: saoPauloDate(3), to: saoPauloDate() });
  });

  it('refuses a lone `from` after today or more than 366 days ago (400, the filled-in end)', async () => {
    for (const from of ['2999-01-01', '2001-01-01']) {
      const res = await getReport<{ code: string; errors: Array<{ field: string }> }>(
        t.app,
        admin,
        'win-rate',
        { from },
      );
      expect(res.status, from).toBe(400);
      expect(res.body).toMatchObject({
        code: 'ANALYTICS_INVALID_PERIOD',
        errors: [{ field: 'from' }],
      });
    }
  });

  it('counts a lead closed and reopened through the API by its current result', async () => {
    // Closing sets closed_at (now, inside the default period); reopening clears it.
    const won = await createLead(t.app, admin, { name: 'Ganho', estimated_value: '1234.56' });
    const lost = await createLead(t.app, admin, { name: 'Perdido' });
    const reopened = await createLead(t.app, admin, { name: 'Reaberto' });
    const close = (lead: LeadResponse, payload: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/leads/${lead.id}/close`,
        headers: asMember(admin, admin.organizationId),
        payload,
      });
    expect((await close(won, { outcome: 'won' })).statusCode).toBe(200);
    expect((await close(lost, { outcome: 'lost', lost_reason: 'Sumiu' })).statusCode).toBe(200);
    expect((await close(reopened, { outcome: 'won' })).statusCode).toBe(200);
    const reopen = await t.app.inject({
      method: 'POST',
      url: `/api/v1/leads/${reopened.id}/reopen`,
      headers: asMember(admin, admin.organizationId),
      payload: {},
    });
    expect(reopen.statusCode).toBe(200);

    // Won 1 (1.234,56), lost 1 → 0.5000; the cycle of a lead closed seconds after creation is 0.0.
    const { body } = await getReport<WinRateResponse>(t.app, admin, 'win-rate');
    expect(body).toMatchObject({
      won: { count: 1, value_cents: 123_456, value: '1234.56' },
      lost: { count: 1, value_cents: 0, value: '0.00' },
      win_rate: '0.5000',
      average_cycle_days: '0.0',
    });
    // The three were created today: all reached fechado (close moves there), one is won now.
    const funnel = await getReport<FunnelResponse>(t.app, admin, 'funnel');
    expect(funnel.body.stages.map((s) => s.reached)).toEqual([3, 3, 3, 3, 3, 1]);
  });
});
