import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Channel,
  Direction,
  type AiSummaryResponse,
  type LeadResponse,
  type ListEnvelope,
} from '@loved/shared';
import { DEMO_LEADS } from '../../../src/modules/demo/demo-leads.seed';
import { adminQuery } from '../../utils/admin-query';
import { asMember, register, type Session } from '../../utils/identity.helpers';
import { createLead } from '../../utils/lead.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { addTimeline, getSummary, summarise } from './ai-summary.helpers';

describe('AI summaries without a key: the local summariser', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    // No OPENAI_API_KEY, no network: embedded mode runs the job inline.
    t = await createTestApp();
    admin = await register(t.app);
  });
  afterAll(() => t.close());

  it('writes a pt-BR summary with provider local and a modest confidence', async () => {
    const lead = await createLead(t.app, admin, { name: 'Ateliê da Maria' });
    const stored = await addTimeline(t.app, admin, lead.id, [
      {
        channel: Channel.WhatsApp,
        direction: Direction.Inbound,
        content: 'Oi! Vocês fazem orçamento para loja virtual?',
        minutesAgo: 3 * 24 * 60,
      },
      {
        channel: Channel.Email,
        direction: Direction.Outbound,
        subject: 'Proposta loja virtual',
        content: 'Segue a proposta da loja virtual, com prazo de 45 dias.',
        minutesAgo: 2 * 24 * 60,
      },
      {
        channel: Channel.Voip,
        direction: Direction.Inbound,
        content: '',
        metadata: { duration_seconds: 0, call_status: 'missed', provider: 'manual' },
        minutesAgo: 24 * 60,
      },
      {
        channel: Channel.WhatsApp,
        direction: Direction.Inbound,
        content: 'Adorei a proposta! Conseguem parcelar em 3 vezes?',
        minutesAgo: 60,
      },
    ]);

    const summary = await summarise(t.app, admin, lead.id);

    expect(summary).toMatchObject({
      status: 'done',
      provider: 'local',
      model: 'local-extractive-v1',
      sentiment: 'positive',
      usage: null,
      error: null,
      covered: {
        first_communication_id: stored[0]?.id,
        last_communication_id: stored.at(-1)?.id,
        communications: 4,
      },
    });
    expect(summary.summary).toMatch(/^Ateliê da Maria \(etapa Lead\): 4 interações entre /);
    expect(summary.summary).toContain('Adorei a proposta! Conseguem parcelar em 3 vezes?');
    expect(summary.next_actions[0]).toMatch(
      /^Retornar a ligação perdida do cliente \(\d\d\/\d\d\)$/,
    );
    expect(summary.next_actions.slice(1)).toEqual([
      'Responder à pergunta do cliente: "Conseguem parcelar em 3 vezes?"',
      'Acompanhar a proposta enviada e tirar dúvidas',
    ]);
    expect(summary.confidence_score).toBeGreaterThan(0);
    expect(summary.confidence_score).toBeLessThanOrEqual(0.5);

    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/leads/${lead.id}`,
      headers: asMember(admin, admin.organizationId),
    });
    expect(after.json<LeadResponse>()).toMatchObject({ has_ai_summary: true, version: 1 });
  });

  it('summarises a lead with no communications yet', async () => {
    const lead = await createLead(t.app, admin, { name: 'Sem Conversa' });
    const summary = await summarise(t.app, admin, lead.id);
    expect(summary).toMatchObject({
      status: 'done',
      provider: 'local',
      summary: 'Ainda não há interações registradas com Sem Conversa (etapa Lead).',
      sentiment: 'neutral',
      next_actions: ['Fazer o primeiro contato com o lead'],
      covered: { first_communication_id: null, from: null, to: null, communications: 0 },
    });
  });

  it('fails a summary whose job was lost instead of waiting on it', async () => {
    const lead = await createLead(t.app, admin);
    const [lost] = await adminQuery<{ id: string }>(
      `INSERT INTO ai_summaries (organization_id, lead_id, conversation_id, provider, model, created_at)
       VALUES ($1, $2, $2, 'local', 'local-extractive-v1', now() - interval '1 hour') RETURNING id`,
      [admin.organizationId, lead.id],
    );
    const fresh = await summarise(t.app, admin, lead.id);
    expect(fresh.id).not.toBe(lost?.id);
    expect(fresh.status).toBe('done');
    const old = await getSummary(t.app, admin, lost?.id ?? '');
    expect(old.json<AiSummaryResponse>()).toMatchObject({
      status: 'failed',
      error: 'The summary was interrupted before it finished; request it again.',
    });
  });
});

describe('AI summaries of the demo board (npm start, no key)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /**
   * The demo seed itself creates one admin per database, and another spec asserts it creates
   * it: here the demo's leads are created the way the seed does (through the leads API) in an
   * organisation of this test's own.
   */
  it('produces a local summary for demo leads', async () => {
    const admin = await register(t.app);
    const demo = DEMO_LEADS.filter((lead) => lead.stage === 'proposta').slice(0, 2);
    // Open deals: no outcome to set after creating them.
    for (const { assignedToAdmin, ...input } of demo) {
      const lead = await createLead(t.app, admin, {
        ...input,
        assigned_user_id: assignedToAdmin ? admin.user.id : null,
      });
      const summary = await summarise(t.app, admin, lead.id);
      expect(summary).toMatchObject<Partial<AiSummaryResponse>>({
        status: 'done',
        provider: 'local',
        model: 'local-extractive-v1',
        sentiment: 'neutral',
        next_actions: ['Fazer o primeiro contato com o lead'],
      });
      expect(summary.summary).toBe(
        `Ainda não há interações registradas com ${input.name} (etapa Proposta).`,
      );
    }
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ai-summaries',
      headers: asMember(admin, admin.organizationId),
    });
    expect(list.json<ListEnvelope<AiSummaryResponse>>().items).toHaveLength(demo.length);
  });
});
