import type { LeadResponse, PipelineResponse } from '@loved/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import { LeadBoard } from '@/features/leads/components/lead-board';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { patchLeadRecord } from '@/features/leads/utils/lead-records';
import { makeLead } from '@/testing/lead-factory';
import { makePipeline } from '@/testing/pipeline-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';

vi.mock('@/features/leads/api/get-pipeline', () => ({ getPipeline: vi.fn() }));

function pipelineOf(...leads: LeadResponse[]): PipelineResponse {
  return makePipeline(leads);
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

describe('LeadCard details', () => {
  const DAY_MS = 24 * 60 * 60 * 1000;
  const owned = makeLead({
    name: 'Clínica Sorriso',
    phone: '+5511987651001',
    email: 'contato@sorriso.test',
    assigned_user_id: 'user-2',
    assigned_user: { id: 'user-2', name: 'Ana Souza', avatar_url: null },
    priority: 'high',
    stage: 'proposta',
    stage_changed_at: new Date(Date.now() - 3 * DAY_MS).toISOString(),
    position: 'A',
  });
  const nobodys = makeLead({
    name: 'Loja Centro',
    priority: 'low',
    stage: 'proposta',
    stage_changed_at: new Date().toISOString(),
    position: 'B',
  });
  const won = makeLead({
    name: 'Agência Sol',
    stage: 'fechado',
    outcome: 'won',
    estimated_value: '1200.00',
    estimated_value_cents: 120_000,
    position: 'C',
  });

  beforeEach(() => {
    signInForTest();
    useLeadBoardStore.getState().reset();
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS });
    vi.mocked(getPipeline).mockResolvedValue(pipelineOf(owned, nobodys, won));
  });

  async function cardOf(name: string): Promise<HTMLElement> {
    renderWithProviders(<LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />);
    return screen.findByRole('button', { name });
  }

  it("shows the owner's initials, named for screen readers", async () => {
    const card = await cardOf('Clínica Sorriso');

    expect(within(card).getByText('AS')).toBeInTheDocument();
    expect(card).toHaveTextContent('Responsável: Ana Souza');
    expect(card).not.toHaveTextContent('Sem responsável');
  });

  it('says "Sem responsável" when nobody owns the lead', async () => {
    const card = await cardOf('Loja Centro');

    expect(within(card).getByText('Sem responsável')).toBeVisible();
  });

  it('labels the priority in words, not only by colour', async () => {
    const card = await cardOf('Clínica Sorriso');

    expect(card).toHaveTextContent('Prioridade Alta');
    expect(screen.getByRole('button', { name: 'Loja Centro' })).toHaveTextContent(
      'Prioridade Baixa',
    );
  });

  it('shows the phone in the national format', async () => {
    const card = await cardOf('Clínica Sorriso');

    expect(card).toHaveTextContent('(11) 98765-1001');
    expect(card).not.toHaveTextContent('+5511987651001');
  });

  it('says how long the lead has been in its stage', async () => {
    const card = await cardOf('Clínica Sorriso');

    expect(card).toHaveTextContent('há 3 dias nesta etapa');
    expect(screen.getByRole('button', { name: 'Loja Centro' })).toHaveTextContent(
      'hoje nesta etapa',
    );
  });

  it('shows the result of a closed deal as a badge', async () => {
    const card = await cardOf('Agência Sol');

    expect(within(card).getByText('Ganho')).toBeVisible();
    expect(within(card).getByTitle('Resultado: Ganho')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Loja Centro' })).not.toHaveTextContent('Ganho');
  });

  it('offers call, WhatsApp and e-mail links in the card menu', async () => {
    const user = userEvent.setup();
    await cardOf('Clínica Sorriso');

    await user.click(screen.getByRole('button', { name: 'Ações de Clínica Sorriso' }));

    expect(
      await screen.findByRole('menuitem', { name: 'Ligar para (11) 98765-1001' }),
    ).toHaveAttribute('href', 'tel:+5511987651001');
    expect(screen.getByRole('menuitem', { name: 'WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/5511987651001',
    );
    expect(
      screen.getByRole('menuitem', { name: 'E-mail para contato@sorriso.test' }),
    ).toHaveAttribute('href', 'mailto:contato@sorriso.test');
    expect(screen.getByRole('menuitem', { name: 'Marcar como ganho' })).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Marcar como perdido' })).toBeVisible();
  });

  it('offers to reopen a closed deal instead of closing it again', async () => {
    const user = userEvent.setup();
    await cardOf('Agência Sol');

    await user.click(screen.getByRole('button', { name: 'Ações de Agência Sol' }));

    expect(await screen.findByRole('menuitem', { name: 'Reabrir negócio' })).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Marcar como ganho' })).toBeNull();
  });
});
