import type {
  CommunicationResponse,
  LeadResponse,
  LeadStage,
  ListEnvelope,
  LiveEvent,
  PipelineResponse,
  TimelineItem,
} from '@loved/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyLiveEvent } from '@/app/live/apply-live-event';
import { latestAiSummaryQueryKey } from '@/features/ai-summaries/api/get-ai-summaries';
import { timelineQueryKey } from '@/features/communications/api/get-timeline';
import { itemOf } from '@/features/communications/utils/timeline-items';
import { leadQueryKey } from '@/features/leads/api/get-lead';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { readLeadRecord } from '@/features/leads/utils/lead-records';
import { whatsAppWindowQueryKey } from '@/features/whatsapp/api/get-whatsapp-window';
import { queryClient } from '@/lib/query-client';
import { makeAiSummary } from '@/testing/ai-summary-factory';
import { makeCommunication } from '@/testing/communication-factory';
import { makeLead } from '@/testing/lead-factory';
import { makePipeline } from '@/testing/pipeline-factory';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

type TimelineData = InfiniteData<ListEnvelope<TimelineItem>, string | undefined>;

function pipelineOf(leads: LeadResponse[], moreIn: LeadStage[] = []): PipelineResponse {
  return makePipeline(leads, moreIn);
}

/** The board as loaded from the API: its columns and the records of its leads. */
async function loadBoard(leads: LeadResponse[], moreIn: LeadStage[] = []): Promise<void> {
  stubApi({ 'GET /pipeline': { body: pipelineOf(leads, moreIn) } });
  await useLeadBoardStore.getState().load();
}

function column(stage: LeadStage): { ids: string[]; count: number; totalCents: number } {
  const { ids, count, totalCents } = useLeadBoardStore.getState().columns[stage];
  return { ids, count, totalCents };
}

function event(
  type: LiveEvent['type'],
  lead: LeadResponse,
  extra: Partial<LiveEvent> = {},
): LiveEvent {
  return {
    type,
    organization_id: TEST_ORGANIZATION_ID,
    lead_id: lead.id,
    assigned_user_id: lead.assigned_user_id,
    occurred_at: '2026-01-02T00:00:00.000Z',
    ...extra,
  };
}

/** A lead's timeline as a page on screen would hold it. */
function showTimeline(leadId: string, items: TimelineItem[]): void {
  queryClient.setQueryData<TimelineData>(timelineQueryKey(TEST_ORGANIZATION_ID, leadId, null), {
    pages: [{ items, next_cursor: null }],
    pageParams: [undefined],
  });
}

function timeline(leadId: string): CommunicationResponse[] {
  const data = queryClient.getQueryData<TimelineData>(
    timelineQueryKey(TEST_ORGANIZATION_ID, leadId, null),
  );
  return (data?.pages ?? [])
    .flatMap((page) => page.items)
    .flatMap((item) => (item.type === 'communication' ? [item.communication] : []));
}

describe('applyLiveEvent', () => {
  const padaria = makeLead({
    name: 'Padaria Pão Quente',
    stage: 'lead',
    position: 'M',
    estimated_value: '2500.00',
    estimated_value_cents: 250_000,
  });
  const oficina = makeLead({ name: 'Oficina do Zé', stage: 'proposta', position: 'M' });

  beforeEach(() => {
    signInForTest();
    useLeadBoardStore.getState().reset();
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS, currentUserId: null });
  });

  it('lead.created: adds the new lead to its column and holds its record', async () => {
    await loadBoard([padaria]);
    const created = makeLead({ name: 'Café Aroma', stage: 'contato', position: 'M' });

    applyLiveEvent(event('lead.created', created, { lead: created }));

    expect(column('contato')).toEqual({ ids: [created.id], count: 1, totalCents: 0 });
    expect(readLeadRecord(created.id)?.name).toBe('Café Aroma');
  });

  it('lead.updated: replaces the one record every view reads, and the column total follows', async () => {
    await loadBoard([padaria]);
    const renamed = {
      ...padaria,
      name: 'Padaria Pão Nosso',
      estimated_value: '3000.00',
      estimated_value_cents: 300_000,
      version: 2,
    };

    applyLiveEvent(event('lead.updated', renamed, { lead: renamed }));

    expect(readLeadRecord(padaria.id)?.name).toBe('Padaria Pão Nosso');
    expect(queryClient.getQueryData(leadQueryKey(TEST_ORGANIZATION_ID, padaria.id))).toMatchObject({
      name: 'Padaria Pão Nosso',
    });
    expect(column('lead')).toEqual({ ids: [padaria.id], count: 1, totalCents: 300_000 });
  });

  it('lead.updated: never lets an older version overtake a newer one', async () => {
    await loadBoard([{ ...padaria, version: 3 }]);
    const stale = { ...padaria, name: 'Nome antigo', version: 2 };

    applyLiveEvent(event('lead.updated', stale, { lead: stale }));

    expect(readLeadRecord(padaria.id)?.name).toBe('Padaria Pão Quente');
  });

  it('lead.moved: takes the card to its new column, with its value', async () => {
    await loadBoard([padaria, oficina]);
    const moved = { ...padaria, stage: 'proposta' as const, position: 'A', version: 2 };

    applyLiveEvent(event('lead.moved', moved, { lead: moved }));

    expect(column('lead')).toEqual({ ids: [], count: 0, totalCents: 0 });
    expect(column('proposta')).toEqual({
      ids: [padaria.id, oficina.id],
      count: 2,
      totalCents: 250_000,
    });
    expect(readLeadRecord(padaria.id)?.stage).toBe('proposta');
  });

  it("lead.moved: marks the lead's timeline stale, so its stage line is fetched", async () => {
    await loadBoard([padaria, oficina]);
    showTimeline(padaria.id, []);
    showTimeline(oficina.id, []);
    const moved = { ...padaria, stage: 'proposta' as const, position: 'A', version: 2 };

    applyLiveEvent(event('lead.moved', moved, { lead: moved }));

    const stale = (leadId: string) =>
      queryClient.getQueryState(timelineQueryKey(TEST_ORGANIZATION_ID, leadId, null))
        ?.isInvalidated;
    expect(stale(padaria.id)).toBe(true);
    expect(stale(oficina.id)).toBe(false);
  });

  it('lead.deleted: takes the card off and tells the panel and page the lead is gone', async () => {
    await loadBoard([padaria]);

    applyLiveEvent(event('lead.deleted', padaria));

    expect(column('lead')).toEqual({ ids: [], count: 0, totalCents: 0 });
    expect(queryClient.getQueryData(leadQueryKey(TEST_ORGANIZATION_ID, padaria.id))).toBeNull();
  });

  it('communication.created: shows it on the timeline and counts it on the lead', async () => {
    await loadBoard([padaria]);
    showTimeline(padaria.id, []);
    const message = makeCommunication({
      lead_id: padaria.id,
      channel: 'whatsapp',
      direction: 'inbound',
      sent_at: '2026-01-03T00:00:00.000Z',
    });

    applyLiveEvent(event('communication.created', padaria, { communication: message }));

    expect(timeline(padaria.id).map((item) => item.id)).toEqual([message.id]);
    expect(readLeadRecord(padaria.id)).toMatchObject({
      communications_count: 1,
      last_contact_at: '2026-01-03T00:00:00.000Z',
      last_contact_channel: 'whatsapp',
    });
  });

  it('communication.created: an internal note counts but is no contact', async () => {
    await loadBoard([padaria]);
    const note = makeCommunication({ lead_id: padaria.id, channel: 'note', direction: 'internal' });

    applyLiveEvent(event('communication.created', padaria, { communication: note }));

    expect(readLeadRecord(padaria.id)).toMatchObject({
      communications_count: 1,
      last_contact_at: null,
    });
  });

  it('communication.updated: changes the timeline entry in place (a WhatsApp tick)', async () => {
    await loadBoard([padaria]);
    const sent = makeCommunication({ lead_id: padaria.id, direction: 'outbound', status: 'sent' });
    showTimeline(padaria.id, [itemOf(sent)]);

    applyLiveEvent(
      event('communication.updated', padaria, { communication: { ...sent, status: 'read' } }),
    );

    expect(timeline(padaria.id)).toEqual([{ ...sent, status: 'read' }]);
    expect(readLeadRecord(padaria.id)?.communications_count).toBe(0);
  });

  it("communication.created: a customer's WhatsApp message asks again whether the window is open", async () => {
    await loadBoard([padaria]);
    const windowKey = whatsAppWindowQueryKey(TEST_ORGANIZATION_ID, padaria.id);
    queryClient.setQueryData(windowKey, { open: false, last_inbound_at: null, closes_at: null });
    const message = makeCommunication({
      lead_id: padaria.id,
      channel: 'whatsapp',
      direction: 'inbound',
    });

    applyLiveEvent(event('communication.created', padaria, { communication: message }));

    expect(queryClient.getQueryState(windowKey)?.isInvalidated).toBe(true);
  });

  it('communication.created: a message the agency sent leaves the window alone', async () => {
    await loadBoard([padaria]);
    const windowKey = whatsAppWindowQueryKey(TEST_ORGANIZATION_ID, padaria.id);
    queryClient.setQueryData(windowKey, { open: false, last_inbound_at: null, closes_at: null });
    const message = makeCommunication({
      lead_id: padaria.id,
      channel: 'whatsapp',
      direction: 'outbound',
    });

    applyLiveEvent(event('communication.created', padaria, { communication: message }));

    expect(queryClient.getQueryState(windowKey)?.isInvalidated).toBe(false);
  });

  it('ai_summary.ready: a pending summary on screen becomes the finished one', async () => {
    await loadBoard([padaria]);
    const latestKey = latestAiSummaryQueryKey(TEST_ORGANIZATION_ID, padaria.id);
    const done = makeAiSummary({ lead_id: padaria.id, sentiment: 'positive' });
    queryClient.setQueryData(latestKey, { ...done, status: 'pending', summary: null });

    applyLiveEvent(event('ai_summary.ready', padaria, { ai_summary: done }));

    expect(queryClient.getQueryData(latestKey)).toEqual(done);
  });

  it('ai_summary.ready: a done summary lights the "has a summary" dot of the lead', async () => {
    await loadBoard([padaria]);

    applyLiveEvent(
      event('ai_summary.ready', padaria, { ai_summary: makeAiSummary({ lead_id: padaria.id }) }),
    );

    expect(readLeadRecord(padaria.id)?.has_ai_summary).toBe(true);
  });

  it('ai_summary.ready: a failed summary shows its error and leaves the dot off', async () => {
    await loadBoard([padaria]);
    const latestKey = latestAiSummaryQueryKey(TEST_ORGANIZATION_ID, padaria.id);
    queryClient.setQueryData(latestKey, null);
    const failed = makeAiSummary({
      lead_id: padaria.id,
      status: 'failed',
      summary: null,
      error: 'O provedor de IA não respondeu.',
    });

    applyLiveEvent(event('ai_summary.ready', padaria, { ai_summary: failed }));

    expect(queryClient.getQueryData(latestKey)).toEqual(failed);
    expect(readLeadRecord(padaria.id)?.has_ai_summary).toBe(false);
  });

  it('about a lead the board does not hold: counts it, but leaves its card to the next page', async () => {
    await loadBoard([padaria], ['proposta']);
    const unseen = makeLead({ name: 'Bistrô Central', stage: 'proposta', position: 'Z' });

    applyLiveEvent(event('lead.updated', unseen, { lead: unseen }));
    applyLiveEvent(event('lead.deleted', makeLead({ stage: 'lead' })));
    applyLiveEvent(
      event('communication.created', unseen, {
        lead_id: 'not-held',
        communication: makeCommunication({ lead_id: 'not-held' }),
      }),
    );

    expect(column('proposta')).toEqual({ ids: [], count: 10, totalCents: 0 });
    expect(column('lead')).toEqual({ ids: [padaria.id], count: 1, totalCents: 250_000 });
    expect(readLeadRecord('not-held')).toBeUndefined();
  });
});
