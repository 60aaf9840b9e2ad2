import type { LeadResponse, PipelineResponse } from '@loved/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '@/components/toaster';
import { getLeads } from '@/features/leads/api/get-leads';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import { moveLead } from '@/features/leads/api/move-lead';
import { BoardFilters } from '@/features/leads/components/board-filters';
import { LeadBoard } from '@/features/leads/components/lead-board';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { receiveLead } from '@/features/leads/utils/receive-lead';
import { ApiError } from '@/lib/api-client';
import { makeLead } from '@/testing/lead-factory';
import { makePipeline } from '@/testing/pipeline-factory';
import { renderWithProviders } from '@/testing/render-with-providers';

vi.mock('@/features/leads/api/get-pipeline', () => ({ getPipeline: vi.fn() }));
vi.mock('@/features/leads/api/move-lead', () => ({ moveLead: vi.fn() }));
vi.mock('@/features/leads/api/get-leads', () => ({ getLeads: vi.fn() }));

function pipelineOf(...leads: LeadResponse[]): PipelineResponse {
  return makePipeline(leads);
}

function column(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

function cardIn(columnName: string, leadName: string): HTMLElement | null {
  return within(column(columnName)).queryByRole('button', { name: leadName });
}

async function moveWithMenu(user: UserEvent, leadName: string, stageName: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: `Ações de ${leadName}` }));
  await user.click(await screen.findByRole('menuitemradio', { name: `Mover para ${stageName}` }));
}

function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderBoard(): void {
  renderWithProviders(
    <>
      <BoardFilters />
      <LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />
      <Toaster />
    </>,
  );
}

describe('LeadBoard', () => {
  const padaria = makeLead({
    id: '00000000-0000-4000-8000-0000000000a1',
    name: 'Padaria Pão Quente',
    stage: 'lead',
    estimated_value: '2500.00',
    estimated_value_cents: 250_000,
    tags: ['site', 'padaria', 'urgente'],
    priority: 'high',
    position: 'M',
  });
  const oficina = makeLead({
    id: '00000000-0000-4000-8000-0000000000a2',
    name: 'Oficina do Zé',
    stage: 'proposta',
    position: 'M',
  });

  beforeEach(() => {
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS });
    vi.mocked(getPipeline).mockResolvedValue(pipelineOf(padaria, oficina));
    vi.mocked(moveLead).mockReset();
    vi.mocked(getLeads).mockReset();
  });

  it('shows the five stages with their counts, totals and cards', async () => {
    renderBoard();

    expect(await screen.findByRole('button', { name: 'Padaria Pão Quente' })).toBeVisible();
    const board = screen.getByRole('group', { name: 'Quadro do pipeline' });
    expect(
      within(board)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Lead', 'Contato', 'Proposta', 'Negociação', 'Fechado']);
    expect(column('Lead')).toHaveTextContent('1 lead');
    expect(column('Lead')).toHaveTextContent('Em aberto: R$ 2.500,00');
    const card = screen.getByRole('button', { name: 'Padaria Pão Quente' });
    expect(card).toHaveTextContent('site');
    expect(card).toHaveTextContent('+1');
    expect(card).toHaveTextContent('Prioridade Alta');
    expect(card).toHaveAttribute('tabindex', '0');
  });

  it('moves a card at once, before the API answers, and keeps it there when it agrees', async () => {
    const answer = deferred<LeadResponse>();
    vi.mocked(moveLead).mockReturnValue(answer.promise);
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await moveWithMenu(user, 'Padaria Pão Quente', 'Proposta');

    expect(cardIn('Proposta', 'Padaria Pão Quente')).toBeVisible();
    expect(cardIn('Lead', 'Padaria Pão Quente')).toBeNull();
    expect(column('Proposta')).toHaveTextContent('Em aberto: R$ 2.500,00');
    expect(column('Lead')).toHaveTextContent('0 leads');
    expect(moveLead).toHaveBeenCalledWith(padaria.id, {
      stage: 'proposta',
      before_id: oficina.id,
    });

    await act(async () => {
      answer.resolve({ ...padaria, stage: 'proposta', position: 'G', version: 2 });
    });

    expect(cardIn('Proposta', 'Padaria Pão Quente')).toBeVisible();
    expect(screen.queryByText('Não foi possível mover o lead')).not.toBeInTheDocument();
  });

  it('puts the card back and says why when the API refuses the move', async () => {
    const answer = deferred<LeadResponse>();
    vi.mocked(moveLead).mockReturnValue(answer.promise);
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await moveWithMenu(user, 'Padaria Pão Quente', 'Negociação');
    expect(cardIn('Negociação', 'Padaria Pão Quente')).toBeVisible();

    await act(async () => {
      answer.reject(
        new ApiError({
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'Sem permissão.',
          code: 'INSUFFICIENT_ROLE',
        }),
      );
    });

    expect(cardIn('Lead', 'Padaria Pão Quente')).toBeVisible();
    expect(cardIn('Negociação', 'Padaria Pão Quente')).toBeNull();
    expect(column('Lead')).toHaveTextContent('Em aberto: R$ 2.500,00');
    expect(column('Negociação')).toHaveTextContent('Em aberto: R$ 0,00');
    const toast = await screen.findByText('Não foi possível mover o lead', { exact: true });
    expect(toast.parentElement).toHaveTextContent(
      'Seu papel nesta organização não permite esta ação. Padaria Pão Quente voltou para Lead.',
    );
  });

  it('shows the whole pipeline total above the board, open apart from won and lost', async () => {
    const won = makeLead({
      name: 'Agência Sol',
      stage: 'fechado',
      outcome: 'won',
      estimated_value: '1000.00',
      estimated_value_cents: 100_000,
    });
    vi.mocked(getPipeline).mockResolvedValue(pipelineOf(padaria, oficina, won));
    renderBoard();

    const total = await screen.findByRole('region', { name: 'Total do pipeline' });
    expect(total).toHaveTextContent('R$ 3.500,00');
    expect(total).toHaveTextContent('3 leads');
    expect(total).toHaveTextContent('Em aberto:2 leads · R$ 2.500,00');
    expect(total).toHaveTextContent('Ganhos:1 lead · R$ 1.000,00');
    expect(column('Fechado')).toHaveTextContent('Ganhos: 1 · R$ 1.000,00');
    expect(column('Fechado')).toHaveTextContent('Perdidos: 0 · R$ 0,00');
  });

  it('asks won or lost when a card goes to Fechado, then moves it with the result', async () => {
    vi.mocked(moveLead).mockImplementation(async (_id, body) => ({
      ...padaria,
      stage: 'fechado',
      outcome: body.outcome ?? null,
      position: 'A',
      version: 2,
    }));
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await moveWithMenu(user, 'Padaria Pão Quente', 'Fechado');
    const dialog = await screen.findByRole('dialog', { name: 'Fechar Padaria Pão Quente' });
    expect(moveLead).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('radio', { name: /^Ganho/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como ganho' }));

    expect(moveLead).toHaveBeenCalledWith(padaria.id, { stage: 'fechado', outcome: 'won' });
    expect(await within(column('Fechado')).findByText('Ganho')).toBeVisible();
    expect(cardIn('Lead', 'Padaria Pão Quente')).toBeNull();
    expect(column('Fechado')).toHaveTextContent('Ganhos: 1 · R$ 2.500,00');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves the card where it was when the result is not chosen', async () => {
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await moveWithMenu(user, 'Padaria Pão Quente', 'Fechado');
    const dialog = await screen.findByRole('dialog', { name: 'Fechar Padaria Pão Quente' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cardIn('Lead', 'Padaria Pão Quente')).toBeVisible();
    expect(column('Fechado')).toHaveTextContent('0 leads');
    expect(moveLead).not.toHaveBeenCalled();
  });

  it('says the lead was removed, and takes its card off, when it was deleted meanwhile', async () => {
    vi.mocked(moveLead).mockRejectedValue(
      new ApiError({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Lead not found.',
        code: 'LEAD_NOT_FOUND',
      }),
    );
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await moveWithMenu(user, 'Padaria Pão Quente', 'Proposta');

    const toast = await screen.findByText('Lead removido', { exact: true });
    expect(toast.parentElement).toHaveTextContent(
      'Padaria Pão Quente foi excluído por outra pessoa e saiu do quadro.',
    );
    expect(toast.parentElement).not.toHaveTextContent('voltou para');
    expect(screen.queryByRole('button', { name: 'Padaria Pão Quente' })).not.toBeInTheDocument();
    expect(column('Lead')).toHaveTextContent('0 leads');
    expect(column('Proposta')).toHaveTextContent('1 lead');
  });

  it("keeps the user's compact density for the next visit", async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(
      <LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />,
    );
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await user.click(screen.getByRole('button', { name: 'Compacta' }));
    expect(screen.getByRole('button', { name: 'Compacta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    unmount();

    renderWithProviders(<LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />);
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });
    expect(screen.getByRole('button', { name: 'Compacta' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(column('Lead')).toHaveClass('sm:w-44');
  });

  it('folds the filters into one "Filtros" button on a phone, and opens them', async () => {
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    const toggle = screen.getByRole('button', { name: 'Filtros' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('search', { name: 'Filtros' })).toHaveClass('hidden', 'sm:grid');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('search', { name: 'Filtros' })).not.toHaveClass('hidden');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resultado' }), 'won');

    expect(await screen.findByRole('button', { name: 'Filtros (1)' })).toBeVisible();
    expect(getPipeline).toHaveBeenLastCalledWith(
      expect.any(Number),
      expect.objectContaining({ outcome: 'won' }),
      expect.any(AbortSignal),
    );
  });

  it("shows a colleague's move and new lead as the server sends them", async () => {
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    act(() => {
      receiveLead({ ...padaria, stage: 'fechado', version: 2 });
      receiveLead(makeLead({ name: 'Café Aroma', stage: 'contato', position: 'M' }), {
        isNew: true,
      });
    });

    expect(cardIn('Fechado', 'Padaria Pão Quente')).toBeVisible();
    expect(cardIn('Lead', 'Padaria Pão Quente')).toBeNull();
    expect(cardIn('Contato', 'Café Aroma')).toBeVisible();
    expect(column('Contato')).toHaveTextContent('1 lead');
  });

  it('says so when the board cannot be loaded, and tries again', async () => {
    vi.mocked(getPipeline).mockRejectedValueOnce(
      new ApiError({
        type: 'about:blank',
        title: 'Network Error',
        status: 0,
        detail: 'offline',
        code: 'NETWORK_ERROR',
      }),
    );
    const user = userEvent.setup();
    renderBoard();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar o pipeline.');
    await user.click(within(alert).getByRole('button', { name: 'Tentar novamente' }));

    expect(await screen.findByRole('button', { name: 'Padaria Pão Quente' })).toBeVisible();
  });

  it('invites to create the first lead when the board is empty', async () => {
    vi.mocked(getPipeline).mockResolvedValue(pipelineOf());
    renderBoard();

    expect(
      await screen.findByRole('heading', { name: 'Nenhum lead por aqui ainda' }),
    ).toBeVisible();
  });

  it("loads the next page of a long column with the column's cursor", async () => {
    const pipeline = pipelineOf(padaria, oficina);
    const leadColumn = pipeline.columns[0];
    if (leadColumn) Object.assign(leadColumn, { count: 2, next_cursor: 'cursor-lead-2' });
    vi.mocked(getPipeline).mockResolvedValue(pipeline);
    vi.mocked(getLeads).mockResolvedValue({
      items: [makeLead({ name: 'Bistrô Central', stage: 'lead', position: 'T' })],
      next_cursor: null,
    });
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Padaria Pão Quente' });

    await user.click(within(column('Lead')).getByRole('button', { name: 'Carregar mais' }));

    expect(
      await within(column('Lead')).findByRole('button', { name: 'Bistrô Central' }),
    ).toBeVisible();
    expect(getLeads).toHaveBeenCalledWith(
      expect.objectContaining({ stage: 'lead', sort: 'position', cursor: 'cursor-lead-2' }),
    );
    expect(within(column('Lead')).queryByRole('button', { name: 'Carregar mais' })).toBeNull();
  });

  it('asks the board for the search once the user stops typing, with exact counts', async () => {
    vi.mocked(getPipeline).mockImplementation(async (_limit, filters) =>
      filters?.q === 'padaria' ? pipelineOf(padaria) : pipelineOf(padaria, oficina),
    );
    const user = userEvent.setup();
    renderBoard();
    await screen.findByRole('button', { name: 'Oficina do Zé' });

    await user.type(screen.getByRole('searchbox', { name: 'Buscar' }), 'padaria');

    expect(await screen.findByText('Mostrando leads filtrados')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Padaria Pão Quente' })).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Oficina do Zé' })).not.toBeInTheDocument(),
    );
    expect(getPipeline).toHaveBeenLastCalledWith(
      expect.any(Number),
      expect.objectContaining({ q: 'padaria' }),
      expect.any(AbortSignal),
    );
    expect(getLeads).not.toHaveBeenCalled();
  });
});
