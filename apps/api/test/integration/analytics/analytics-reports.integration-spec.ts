import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ActivitiesDoneResponse,
  FirstResponseResponse,
  FunnelResponse,
  LostReasonsResponse,
  PipelineValueResponse,
  WinRateResponse,
} from '@loved/shared';
import { addMember, register, type Session } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { getReport, seedActivity, seedLead, seedMessage } from './analytics.helpers';

/**
 * One hand-built organisation (São Paulo time, UTC−3) whose every figure is derived below by
 * hand. The period is March 2026: [2026-03-01 00:00 −03:00, 2026-04-01 00:00 −03:00).
 *
 * Leads (owner, stage now, stages ever named by events, value, result):
 *   L1 X  lead        created 03-01 00:00 (first instant: in)   lead                      R$ 500,00
 *   L2 X  contato     created 03-05                             lead→contato              —
 *   L3 Y  contato     created 03-10                             lead→proposta→negociacao→contato  R$ 2.000,00
 *   L4 X  fechado won created 03-12 12:00, closed 03-22 12:00   lead→fechado (10.0 days)  R$ 1.500,00
 *   L5 Y  fechado lost "Preço", created 03-15, closed 03-20     lead→proposta→fechado     R$ 3.000,00
 *   L6 —  proposta    created 03-31 23:59 (last minute: in)     proposta                  R$ 700,00
 *   L7 X  negociacao  created 04-01 00:00 (next day: out)       lead→negociacao           R$ 10.000,00
 *   L8 X  fechado won created 02-28 23:59 (out), closed 03-03 12:00 (in)                  R$ 2.500,50
 *   L9 Y  fechado lost "Preço", created 01-10, closed 03-31 23:59:59 (in)                 R$ 1.000,00
 *   L10 X fechado lost "Concorrente", closed 04-01 00:00 (out)                            R$ 9.999,00
 *   L11 X fechado lost (no reason), created 02-01, closed 03-10 (in)                      —
 * Another organisation (B) holds a copy of the same kind of rows in the same period: any of
 * them counted would change A's figures.
 */
describe('analytics reports (hand-computed data set)', () => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  let x: Session;
  let y: Session;
  let other: Session;
  const march = { from: '2026-03-01', to: '2026-03-31' };
  const period = (owner: string | null) => ({
    ...march,
    owner_id: owner,
    time_zone: 'America/Sao_Paulo',
  });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await register(t.app);
    manager = await addMember(t.app, admin, 'manager');
    x = await addMember(t.app, admin, 'agent');
    y = await addMember(t.app, admin, 'agent');
    other = await register(t.app);
    const org = admin.organizationId;

    const l1 = await seedLead(org, {
      stage: 'lead',
      createdAt: '2026-03-01T00:00:00-03:00',
      owner: x,
      valueCents: 50_000,
    });
    const l2 = await seedLead(org, {
      stage: 'contato',
      createdAt: '2026-03-05T09:00:00-03:00',
      owner: x,
      history: ['lead', 'contato'],
    });
    const l3 = await seedLead(org, {
      stage: 'contato',
      createdAt: '2026-03-10T09:00:00-03:00',
      owner: y,
      valueCents: 200_000,
      history: ['lead', 'proposta', 'negociacao', 'contato'],
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-03-12T12:00:00-03:00',
      owner: x,
      valueCents: 150_000,
      outcome: 'won',
      closedAt: '2026-03-22T12:00:00-03:00',
      history: ['lead', 'fechado'],
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-03-15T12:00:00-03:00',
      owner: y,
      valueCents: 300_000,
      outcome: 'lost',
      lostReason: 'Preço',
      closedAt: '2026-03-20T12:00:00-03:00',
      history: ['lead', 'proposta', 'fechado'],
    });
    await seedLead(org, {
      stage: 'proposta',
      createdAt: '2026-03-31T23:59:00-03:00',
      valueCents: 70_000,
    });
    await seedLead(org, {
      stage: 'negociacao',
      createdAt: '2026-04-01T00:00:00-03:00',
      owner: x,
      valueCents: 1_000_000,
      history: ['lead', 'negociacao'],
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-02-28T23:59:00-03:00',
      owner: x,
      valueCents: 250_050,
      outcome: 'won',
      closedAt: '2026-03-03T12:00:00-03:00',
      history: ['lead', 'fechado'],
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-01-10T12:00:00-03:00',
      owner: y,
      valueCents: 100_000,
      outcome: 'lost',
      lostReason: 'Preço',
      closedAt: '2026-03-31T23:59:59-03:00',
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-01-15T12:00:00-03:00',
      owner: x,
      valueCents: 999_900,
      outcome: 'lost',
      lostReason: 'Concorrente',
      closedAt: '2026-04-01T00:00:00-03:00',
    });
    await seedLead(org, {
      stage: 'fechado',
      createdAt: '2026-02-01T12:00:00-03:00',
      owner: x,
      outcome: 'lost',
      closedAt: '2026-03-10T12:00:00-03:00',
    });

    // Activities (on L1): X completes two in March (one at its first instant), one the minute
    // before March and one at April's first instant; X has one open overdue. Y completes one
    // in the last minute of March and has one open due in 2099. One unassigned, open, overdue.
    await seedActivity(org, l1, {
      owner: x,
      dueAt: '2026-03-01T00:00:00-03:00',
      doneAt: '2026-03-01T00:00:00-03:00',
    });
    await seedActivity(org, l1, {
      owner: x,
      dueAt: '2026-03-15T10:00:00-03:00',
      doneAt: '2026-03-15T10:30:00-03:00',
    });
    await seedActivity(org, l1, {
      owner: x,
      dueAt: '2026-02-28T10:00:00-03:00',
      doneAt: '2026-02-28T23:59:00-03:00',
    });
    await seedActivity(org, l1, {
      owner: x,
      dueAt: '2026-03-31T10:00:00-03:00',
      doneAt: '2026-04-01T00:00:00-03:00',
    });
    await seedActivity(org, l1, { owner: x, dueAt: '2026-01-01T10:00:00-03:00' });
    await seedActivity(org, l1, {
      owner: y,
      dueAt: '2026-03-31T10:00:00-03:00',
      doneAt: '2026-03-31T23:59:00-03:00',
    });
    await seedActivity(org, l1, { owner: y, dueAt: '2099-01-01T10:00:00-03:00' });
    await seedActivity(org, l1, { owner: null, dueAt: '2026-02-01T10:00:00-03:00' });

    // Conversations (see the first-response test for what each one counts as).
    const msg = (
      lead: string,
      channel: 'whatsapp' | 'email' | 'voip' | 'note',
      direction: 'inbound' | 'outbound' | 'internal',
      at: string,
      author?: Session,
    ) => seedMessage(org, lead, { channel, direction, at, author });
    await msg(l1, 'whatsapp', 'inbound', '2026-03-02T10:00:00-03:00'); // c1 opener
    await msg(l1, 'whatsapp', 'inbound', '2026-03-02T10:05:00-03:00'); // c2 follows c1 unanswered
    await msg(l1, 'note', 'internal', '2026-03-02T10:06:00-03:00', x); // c3 a note: never counts
    await msg(l1, 'whatsapp', 'outbound', '2026-03-02T10:10:00-03:00', x); // c4 answers c1: 600 s, X
    await msg(l1, 'whatsapp', 'inbound', '2026-03-03T09:00:00-03:00'); // c5 opener
    await msg(l1, 'email', 'outbound', '2026-03-03T09:01:00-03:00', x); // c6 other channel
    await msg(l1, 'whatsapp', 'outbound', '2026-03-03T09:30:00-03:00', y); // c7 answers c5: 1800 s, Y
    await msg(l1, 'email', 'inbound', '2026-03-04T08:00:00-03:00'); // c8 opener (c6 was ours)
    await msg(l1, 'email', 'outbound', '2026-03-04T08:20:01-03:00', x); // c9 answers c8: 1201 s, X
    await msg(l3, 'whatsapp', 'inbound', '2026-02-28T23:00:00-03:00'); // c10 opener before March
    await msg(l3, 'whatsapp', 'inbound', '2026-03-01T01:00:00-03:00'); // c11 follows c10 unanswered
    await msg(l3, 'whatsapp', 'outbound', '2026-03-01T02:00:00-03:00', y); // c12 answers c10 (not counted)
    await msg(l3, 'whatsapp', 'inbound', '2026-03-10T12:00:00-03:00'); // c13 opener
    await msg(l3, 'whatsapp', 'outbound', '2026-03-10T12:00:45.500-03:00', x); // c14 answers c13: 45.5 s, X
    await msg(l3, 'whatsapp', 'inbound', '2026-03-20T15:00:00-03:00'); // c15 opener, never answered
    await msg(l3, 'voip', 'inbound', '2026-04-01T00:30:00-03:00'); // c16 after March
    await msg(l3, 'voip', 'outbound', '2026-04-01T00:35:00-03:00', y); // c17 answers c16
    await msg(l2, 'whatsapp', 'inbound', '2026-03-05T10:00:00-03:00'); // c18 opener
    await msg(l2, 'whatsapp', 'outbound', '2026-03-05T11:00:00-03:00', x); // c19 answers c18: 3600 s, X
    await msg(l2, 'whatsapp', 'inbound', '2026-03-06T10:00:00-03:00'); // c20 opener, never answered
    await msg(l2, 'email', 'inbound', '2026-03-07T10:00:00-03:00'); // c21 opener
    await msg(l2, 'email', 'outbound', '2026-03-07T10:15:00-03:00', x); // c22 answers c21: 900 s, X

    // Organisation B: the same kinds of rows in the same period, owned by B's admin.
    const b = other.organizationId;
    const bLead = await seedLead(b, {
      stage: 'fechado',
      createdAt: '2026-03-10T12:00:00-03:00',
      owner: other,
      valueCents: 777_700,
      outcome: 'lost',
      lostReason: 'Preço',
      closedAt: '2026-03-11T12:00:00-03:00',
      history: ['lead', 'contato', 'fechado'],
    });
    await seedLead(b, {
      stage: 'contato',
      createdAt: '2026-03-10T12:00:00-03:00',
      valueCents: 10_000,
    });
    await seedActivity(b, bLead, {
      owner: other,
      dueAt: '2026-03-10T10:00:00-03:00',
      doneAt: '2026-03-10T11:00:00-03:00',
    });
    await seedActivity(b, bLead, { owner: other, dueAt: '2026-01-10T10:00:00-03:00' });
    await seedMessage(b, bLead, {
      channel: 'whatsapp',
      direction: 'inbound',
      at: '2026-03-10T10:00:00-03:00',
    });
    await seedMessage(b, bLead, {
      channel: 'whatsapp',
      direction: 'outbound',
      at: '2026-03-10T10:01:00-03:00',
      author: other,
    });
    await seedMessage(b, bLead, {
      channel: 'email',
      direction: 'inbound',
      at: '2026-03-12T10:00:00-03:00',
    });
  });
  afterAll(() => t.close());

  describe('funnel', () => {
    it('counts the cohort created in the period by the furthest stage each reached', async () => {
      // Cohort L1–L6 (L7 starts at April's first instant, L8 the minute before March).
      // Furthest stage: L1 lead, L2 contato, L3 negociacao (moved back), L4 fechado (skipped
      // the middle), L5 fechado, L6 proposta (created there). Reached: lead 6; contato 5
      // (all but L1); proposta 4 (L3–L6); negociacao 3 (L3–L5); fechado 2 (L4, L5); won 1 (L4).
      // Conversions: 5/6 = 0.8333, 4/5, 3/4, 2/3 = 0.6667, 1/2.
      const { status, body } = await getReport<FunnelResponse>(t.app, manager, 'funnel', march);
      expect(status).toBe(200);
      expect(body).toEqual({
        period: period(null),
        stages: [
          { stage: 'lead', reached: 6, conversion_from_previous: null },
          { stage: 'contato', reached: 5, conversion_from_previous: '0.8333' },
          { stage: 'proposta', reached: 4, conversion_from_previous: '0.8000' },
          { stage: 'negociacao', reached: 3, conversion_from_previous: '0.7500' },
          { stage: 'fechado', reached: 2, conversion_from_previous: '0.6667' },
          { stage: 'won', reached: 1, conversion_from_previous: '0.5000' },
        ],
      });
    });

    it("narrows to one owner: X's cohort is L1, L2 and L4", async () => {
      // Furthest: L1 lead, L2 contato, L4 fechado + won → 3, 2, 1, 1, 1, 1.
      const { body } = await getReport<FunnelResponse>(t.app, admin, 'funnel', {
        ...march,
        owner_id: x.user.id,
      });
      expect(body.period.owner_id).toBe(x.user.id);
      expect(body.stages.map((s) => [s.reached, s.conversion_from_previous])).toEqual([
        [3, null],
        [2, '0.6667'],
        [1, '0.5000'],
        [1, '1.0000'],
        [1, '1.0000'],
        [1, '1.0000'],
      ]);
    });

    it('answers zeros and null conversions for a period without leads', async () => {
      const { body } = await getReport<FunnelResponse>(t.app, admin, 'funnel', {
        from: '2025-06-01',
        to: '2025-06-30',
      });
      expect(body.stages.map((s) => [s.reached, s.conversion_from_previous])).toEqual([
        [0, null],
        [0, null],
        [0, null],
        [0, null],
        [0, null],
        [0, null],
      ]);
    });
  });

  it('values the open pipeline now by stage and by owner', async () => {
    // Open (no result): L1 lead 500,00 (X); L2 contato — (X); L3 contato 2.000,00 (Y);
    // L6 proposta 700,00 (unassigned); L7 negociacao 10.000,00 (X). The period is ignored.
    // By owner: X 3 leads 10.500,00; Y 1 lead 2.000,00; unassigned 1 lead 700,00.
    const { status, body } = await getReport<PipelineValueResponse>(
      t.app,
      manager,
      'pipeline-value',
      march,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      period: period(null),
      by_stage: [
        { stage: 'lead', count: 1, value_cents: 50_000, value: '500.00' },
        { stage: 'contato', count: 2, value_cents: 200_000, value: '2000.00' },
        { stage: 'proposta', count: 1, value_cents: 70_000, value: '700.00' },
        { stage: 'negociacao', count: 1, value_cents: 1_000_000, value: '10000.00' },
        { stage: 'fechado', count: 0, value_cents: 0, value: '0.00' },
      ],
      by_owner: [
        {
          owner: { id: x.user.id, name: x.user.name },
          count: 3,
          value_cents: 1_050_000,
          value: '10500.00',
        },
        {
          owner: { id: y.user.id, name: y.user.name },
          count: 1,
          value_cents: 200_000,
          value: '2000.00',
        },
        { owner: null, count: 1, value_cents: 70_000, value: '700.00' },
      ],
    });

    const onlyY = await getReport<PipelineValueResponse>(t.app, admin, 'pipeline-value', {
      owner_id: y.user.id,
    });
    expect(onlyY.body.by_stage.map((s) => s.count)).toEqual([0, 1, 0, 0, 0]);
    expect(onlyY.body.by_owner).toEqual([
      {
        owner: { id: y.user.id, name: y.user.name },
        count: 1,
        value_cents: 200_000,
        value: '2000.00',
      },
    ]);
  });

  it('computes the win rate and cycle of the leads closed in the period', async () => {
    // Closed in March: won L4 (1.500,00) and L8 (2.500,50); lost L5 (3.000,00), L9 at
    // 23:59:59 on the 31st (1.000,00) and L11 (no value). L10 closed at April's first instant.
    // Win rate 2 / 5 = 0.4000. Cycle of the won: L4 10 days; L8 02-28 23:59 → 03-03 12:00 =
    // 2 days 12 h 1 min = 2.50069 days; mean 6.25035 → "6.3".
    const { status, body } = await getReport<WinRateResponse>(t.app, manager, 'win-rate', march);
    expect(status).toBe(200);
    expect(body).toEqual({
      period: period(null),
      won: { count: 2, value_cents: 400_050, value: '4000.50' },
      lost: { count: 3, value_cents: 400_000, value: '4000.00' },
      win_rate: '0.4000',
      average_cycle_days: '6.3',
    });

    // X: won L4, L8; lost L11 → 2 / 3.
    const onlyX = await getReport<WinRateResponse>(t.app, admin, 'win-rate', {
      ...march,
      owner_id: x.user.id,
    });
    expect(onlyX.body).toMatchObject({
      won: { count: 2, value_cents: 400_050, value: '4000.50' },
      lost: { count: 1, value_cents: 0, value: '0.00' },
      win_rate: '0.6667',
      average_cycle_days: '6.3',
    });

    // Y: lost L5, L9, nothing won.
    const onlyY = await getReport<WinRateResponse>(t.app, admin, 'win-rate', {
      ...march,
      owner_id: y.user.id,
    });
    expect(onlyY.body).toMatchObject({
      win_rate: '0.0000',
      average_cycle_days: null,
      won: { count: 0 },
    });

    const none = await getReport<WinRateResponse>(t.app, admin, 'win-rate', {
      from: '2025-06-01',
      to: '2025-06-30',
    });
    expect(none.body).toMatchObject({ win_rate: null, average_cycle_days: null });
  });

  it('lists the lost reasons of the period, most first', async () => {
    // Lost in March: "Preço" L5 (3.000,00) + L9 (1.000,00); no reason L11. Won: L4, L8.
    const { status, body } = await getReport<LostReasonsResponse>(
      t.app,
      manager,
      'lost-reasons',
      march,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      period: period(null),
      won: 2,
      lost: 3,
      reasons: [
        { reason: 'Preço', count: 2, value_cents: 400_000 },
        { reason: '', count: 1, value_cents: 0 },
      ],
    });

    const onlyX = await getReport<LostReasonsResponse>(t.app, admin, 'lost-reasons', {
      ...march,
      owner_id: x.user.id,
    });
    expect(onlyX.body).toMatchObject({
      won: 2,
      lost: 1,
      reasons: [{ reason: '', count: 1, value_cents: 0 }],
    });
  });

  it('counts activities done in the period and open overdue ones, by assignee', async () => {
    // X: done 03-01 00:00 and 03-15 (02-28 23:59 and 04-01 00:00 are outside), 1 open overdue.
    // Y: done 03-31 23:59; its open one is due in 2099. Unassigned: 1 open overdue.
    const { status, body } = await getReport<ActivitiesDoneResponse>(
      t.app,
      manager,
      'activities',
      march,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      period: period(null),
      reps: [
        { user: { id: x.user.id, name: x.user.name }, done: 2, overdue_open: 1 },
        { user: { id: y.user.id, name: y.user.name }, done: 1, overdue_open: 0 },
        { user: null, done: 0, overdue_open: 1 },
      ],
    });

    const onlyY = await getReport<ActivitiesDoneResponse>(t.app, admin, 'activities', {
      ...march,
      owner_id: y.user.id,
    });
    expect(onlyY.body.reps).toEqual([
      { user: { id: y.user.id, name: y.user.name }, done: 1, overdue_open: 0 },
    ]);
  });

  it('measures the first response per replying agent and channel', async () => {
    // Openers in March and their replies (same lead and channel, first message of ours after):
    //   c1  L1 whatsapp → c4  X 600 s        c5  L1 whatsapp → c7  Y 1800 s
    //   c8  L1 email    → c9  X 1201 s       c13 L3 whatsapp → c14 X 45.5 s
    //   c18 L2 whatsapp → c19 X 3600 s       c21 L2 email    → c22 X 900 s
    //   c15 L3 and c20 L2 (whatsapp): no reply yet → unanswered 2.
    // Not openers: c2 and c11 (an earlier inbound still unanswered), c10 (February), c16
    // (April); the note c3 and the e-mail c6 are not whatsapp replies.
    // X whatsapp [45.5, 600, 3600]: mean 1415.17 → 1415, median 600.
    // X email [900, 1201]: mean = median = 1050.5 → 1051 (half rounds up).
    const { status, body } = await getReport<FirstResponseResponse>(
      t.app,
      manager,
      'first-response',
      march,
    );
    expect(status).toBe(200);
    expect(body.period).toEqual(period(null));
    expect(body.unanswered).toBe(2);
    expect(sortRows(body.rows)).toEqual(
      sortRows([
        {
          agent: { id: x.user.id, name: x.user.name },
          channel: 'whatsapp',
          replied: 3,
          average_seconds: 1415,
          median_seconds: 600,
        },
        {
          agent: { id: x.user.id, name: x.user.name },
          channel: 'email',
          replied: 2,
          average_seconds: 1051,
          median_seconds: 1051,
        },
        {
          agent: { id: y.user.id, name: y.user.name },
          channel: 'whatsapp',
          replied: 1,
          average_seconds: 1800,
          median_seconds: 1800,
        },
      ]),
    );

    // X's leads (L1, L2): X whatsapp [600, 3600] → 2100; X email [900, 1201]; Y's reply on L1
    // stays; unanswered c20 only.
    const onlyX = await getReport<FirstResponseResponse>(t.app, admin, 'first-response', {
      ...march,
      owner_id: x.user.id,
    });
    expect(onlyX.body.unanswered).toBe(1);
    expect(sortRows(onlyX.body.rows)).toEqual(
      sortRows([
        {
          agent: { id: x.user.id, name: x.user.name },
          channel: 'whatsapp',
          replied: 2,
          average_seconds: 2100,
          median_seconds: 2100,
        },
        {
          agent: { id: x.user.id, name: x.user.name },
          channel: 'email',
          replied: 2,
          average_seconds: 1051,
          median_seconds: 1051,
        },
        {
          agent: { id: y.user.id, name: y.user.name },
          channel: 'whatsapp',
          replied: 1,
          average_seconds: 1800,
          median_seconds: 1800,
        },
      ]),
    );
  });

  describe('agents', () => {
    it('get only their own figures, whether owner_id is omitted, `me` or their id', async () => {
      const expected = [3, 2, 1, 1, 1, 1];
      for (const query of [
        march,
        { ...march, owner_id: 'me' },
        { ...march, owner_id: x.user.id },
      ]) {
        const { status, body } = await getReport<FunnelResponse>(t.app, x, 'funnel', query);
        expect(status).toBe(200);
        expect(body.period.owner_id).toBe(x.user.id);
        expect(body.stages.map((s) => s.reached)).toEqual(expected);
      }
      const activities = await getReport<ActivitiesDoneResponse>(t.app, y, 'activities', march);
      expect(activities.body.reps).toEqual([
        { user: { id: y.user.id, name: y.user.name }, done: 1, overdue_open: 0 },
      ]);
    });

    it("are refused another owner's figures on every report", async () => {
      for (const report of [
        'funnel',
        'pipeline-value',
        'win-rate',
        'lost-reasons',
        'activities',
        'first-response',
      ]) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/analytics/${report}?owner_id=${y.user.id}`,
          headers: { authorization: `Bearer ${x.access_token}`, 'x-org-id': x.organizationId },
        });
        expect(res.statusCode, report).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({
          code: 'ANALYTICS_OWNER_FORBIDDEN',
          errors: [{ field: 'owner_id' }],
        });
      }
    });

    it('`me` is the caller for managers too', async () => {
      const { body } = await getReport<PipelineValueResponse>(t.app, manager, 'pipeline-value', {
        owner_id: 'me',
      });
      expect(body.period.owner_id).toBe(manager.user.id);
      expect(body.by_owner).toEqual([]);
    });
  });

  describe('another organisation', () => {
    it("never counts A's rows for B, even when B names A's members", async () => {
      // B: one lead created in March reached contato then fechado (lost "Preço", 7.777,00),
      // one open contato lead; one activity done, one overdue; one answered opener (60 s) and
      // one unanswered.
      const funnel = await getReport<FunnelResponse>(t.app, other, 'funnel', march);
      expect(funnel.body.stages.map((s) => s.reached)).toEqual([2, 2, 1, 1, 1, 0]);
      const lost = await getReport<LostReasonsResponse>(t.app, other, 'lost-reasons', march);
      expect(lost.body).toMatchObject({
        won: 0,
        lost: 1,
        reasons: [{ reason: 'Preço', count: 1, value_cents: 777_700 }],
      });
      const value = await getReport<PipelineValueResponse>(t.app, other, 'pipeline-value', march);
      expect(value.body.by_owner).toEqual([
        { owner: null, count: 1, value_cents: 10_000, value: '100.00' },
      ]);
      const activities = await getReport<ActivitiesDoneResponse>(t.app, other, 'activities', march);
      expect(activities.body.reps).toEqual([
        { user: { id: other.user.id, name: other.user.name }, done: 1, overdue_open: 1 },
      ]);
      const first = await getReport<FirstResponseResponse>(t.app, other, 'first-response', march);
      expect(first.body).toMatchObject({
        unanswered: 1,
        rows: [
          {
            agent: { id: other.user.id },
            channel: 'whatsapp',
            replied: 1,
            average_seconds: 60,
            median_seconds: 60,
          },
        ],
      });

      for (const report of [
        'funnel',
        'pipeline-value',
        'win-rate',
        'lost-reasons',
        'activities',
        'first-response',
      ]) {
        const { status, body } = await getReport<Record<string, unknown>>(t.app, other, report, {
          ...march,
          owner_id: x.user.id,
        });
        expect(status, report).toBe(200);
        const text = JSON.stringify(body);
        expect(text.replace(`"owner_id":"${x.user.id}"`, ''), report).not.toContain(x.user.id);
        expect(text, report).not.toContain(x.user.name);
      }
      const win = await getReport<WinRateResponse>(t.app, other, 'win-rate', {
        ...march,
        owner_id: x.user.id,
      });
      expect(win.body).toMatchObject({ won: { count: 0 }, lost: { count: 0 }, win_rate: null });
    });

    it("is refused A's reports with A's organisation header", async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/analytics/funnel',
        headers: {
          authorization: `Bearer ${other.access_token}`,
          'x-org-id': admin.organizationId,
        },
      });
      expect(res.statusCode).toBe(403);
    });
  });
});

type Row = FirstResponseResponse['rows'][number];
const sortRows = (rows: Row[]): Row[] =>
  [...rows].sort((a, b) =>
    `${a.agent?.id}:${a.channel}`.localeCompare(`${b.agent?.id}:${b.channel}`),
  );
