import type { LeadResponse, LeadStage, PipelineResponse } from '@loved/shared';
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import { LeadBoard } from '@/features/leads/components/lead-board';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { patchLeadRecord } from '@/features/leads/utils/lead-records';
import { makeLead } from '@/testing/lead-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';

vi.mock('@/features/leads/api/get-pipeline', () => ({ getPipeline: vi.fn() }));

const STAGES: LeadStage[] = ['lead', 'contato', 'proposta', 'negociacao', 'fechado'];

function pipelineOf(...leads: LeadResponse[]): PipelineResponse {
  return {
    columns: STAGES.map((stage) => {
      const items = leads.filter((lead) => lead.stage === stage);
      return {
        stage,
        count: items.length,
        total_estimated_value: '0.00',
        total_estimated_value_cents: 0,
        items,
        next_cursor: null,
      };
    }),
  };
}

describe('LeadCard', () => {
  const summarised = makeLead({ name: 'Padaria Pão Quente', has_ai_summary: true, position: 'A' });
  const plain = makeLead({ name: 'Oficina do Zé', has_ai_summary: false, position: 'B' });

  beforeEach(() => {
    signInForTest();
    useLeadBoardStore.getState().reset();
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS });
    vi.mocked(getPipeline).mockResolvedValue(pipelineOf(summarised, plain));
  });

  it('marks a lead with an AI summary with a purple dot named "Tem resumo IA"', async () => {
    renderWithProviders(<LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />);

    const card = await screen.findByRole('button', { name: 'Padaria Pão Quente' });
    const dot = within(card).getByRole('img', { name: 'Tem resumo IA' });
    expect(dot).toHaveClass('bg-purple-500');
    const other = screen.getByRole('button', { name: 'Oficina do Zé' });
    expect(within(other).queryByRole('img', { name: 'Tem resumo IA' })).toBeNull();
  });

  it('shows the dot as soon as the lead record says it has a summary', async () => {
    renderWithProviders(<LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />);
    const card = await screen.findByRole('button', { name: 'Oficina do Zé' });

    act(() => patchLeadRecord(plain.id, (lead) => ({ ...lead, has_ai_summary: true })));

    expect(await within(card).findByRole('img', { name: 'Tem resumo IA' })).toBeVisible();
  });
});
