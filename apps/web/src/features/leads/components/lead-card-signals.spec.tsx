import type { LeadHealth, LeadResponse } from '@loved/shared';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import { BoardFilters } from '@/features/leads/components/board-filters';
import { LeadBoard } from '@/features/leads/components/lead-board';
import { DEFAULT_FILTERS, useLeadBoardStore } from '@/features/leads/stores/lead-board.store';
import { makeLead } from '@/testing/lead-factory';
import { makePipeline } from '@/testing/pipeline-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';

vi.mock('@/features/leads/api/get-pipeline', () => ({ getPipeline: vi.fn() }));

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Friday 4 Dec 2026, 09:00 on the user's clock, on a minute boundary. */
const NOW = new Date(2026, 11, 4, 9, 0, 0);

function healthOf(overrides: Partial<LeadHealth> = {}): LeadHealth {
  return {
    idle_since: new Date(NOW.getTime() - HOUR_MS).toISOString(),
    idle_days: 0,
    rotting: false,
    unanswered_since: null,
    unanswered: false,
    whatsapp_window_closes_at: null,
    ...overrides,
  };
}

function activityDue(due: Date, type: 'call' | 'meeting' = 'call'): LeadResponse['next_activity'] {
  return {
    id: `activity-${due.getTime()}`,
    type,
    subject: 'Ligar para fechar proposta',
    due_at: due.toISOString(),
    assigned_user_id: null,
  };
}

async function showBoard(...leads: LeadResponse[]): Promise<void> {
  vi.mocked(getPipeline).mockResolvedValue(makePipeline(leads));
  renderWithProviders(<LeadBoard currentUserId="user-1" onOpenLead={vi.fn()} />);
  await screen.findByRole('button', { name: leads[0]?.name ?? '' });
}

function card(name: string): HTMLElement {
  return screen.getByRole('button', { name });
}

describe('LeadCard next activity and deal health', () => {
  beforeEach(() => {
    // Fake clocks that still move with real time, so Testing Library's waits keep working.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(NOW);
    signInForTest();
    useLeadBoardStore.getState().reset();
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("shows the next activity's type and when it is due today", async () => {
    await showBoard(
      makeLead({ name: 'Padaria', next_activity: activityDue(new Date(2026, 11, 4, 10, 0)) }),
      makeLead({
        name: 'Oficina',
        next_activity: activityDue(new Date(2026, 11, 5, 15, 0), 'meeting'),
      }),
      makeLead({ name: 'Clínica', next_activity: activityDue(new Date(2026, 11, 12, 8, 0)) }),
    );

    expect(card('Padaria')).toHaveTextContent('Próxima atividade (Ligação): Hoje 10:00');
    expect(card('Oficina')).toHaveTextContent('Próxima atividade (Reunião): Amanhã');
    expect(card('Clínica')).toHaveTextContent('12 dez');
    expect(within(card('Padaria')).getByText('Hoje 10:00').closest('span')).not.toHaveClass(
      'text-destructive',
    );
  });

  it('says "Atrasada" in red once the activity is past due', async () => {
    await showBoard(
      makeLead({ name: 'Padaria', next_activity: activityDue(new Date(2026, 11, 3, 16, 0)) }),
    );

    const overdue = within(card('Padaria')).getByText('Atrasada');
    expect(overdue.closest('[data-overdue]')).toHaveClass('text-destructive');
    expect(card('Padaria')).not.toHaveTextContent('Sem próxima atividade');
  });

  it('warns "Sem próxima atividade" on an open lead without one, not on a closed deal', async () => {
    await showBoard(
      makeLead({ name: 'Padaria', next_activity: null }),
      makeLead({ name: 'Agência', stage: 'fechado', outcome: 'won', next_activity: null }),
    );

    expect(within(card('Padaria')).getByText('Sem próxima atividade')).toBeVisible();
    expect(card('Agência')).not.toHaveTextContent('Sem próxima atividade');
  });

  it('tints a rotting card and says for how long it has been idle', async () => {
    await showBoard(
      makeLead({ name: 'Padaria', health: healthOf({ rotting: true, idle_days: 9 }) }),
      makeLead({ name: 'Oficina', health: healthOf({ rotting: false, idle_days: 1 }) }),
    );

    expect(card('Padaria')).toHaveClass('bg-amber-50');
    expect(card('Padaria')).toHaveAttribute('title', 'Parada há 9 dias');
    expect(card('Padaria')).toHaveAccessibleDescription(
      expect.stringContaining('Parada há 9 dias'),
    );
    expect(card('Oficina')).not.toHaveClass('bg-amber-50');
    expect(card('Oficina')).not.toHaveAttribute('title');
  });

  it('shows how long a customer message has waited for a reply', async () => {
    await showBoard(
      makeLead({
        name: 'Padaria',
        health: healthOf({
          unanswered: true,
          unanswered_since: new Date(NOW.getTime() - 5 * HOUR_MS - 20 * MINUTE_MS).toISOString(),
        }),
      }),
      makeLead({
        name: 'Oficina',
        // Waiting, but not yet past the stage's threshold: no badge.
        health: healthOf({
          unanswered: false,
          unanswered_since: new Date(NOW.getTime() - HOUR_MS).toISOString(),
        }),
      }),
    );

    expect(within(card('Padaria')).getByText('Sem resposta há 5 h')).toBeVisible();
    expect(card('Oficina')).not.toHaveTextContent('Sem resposta');
  });

  it('counts the WhatsApp window down each minute and says when it has closed', async () => {
    const closesAt = new Date(NOW.getTime() + 3 * HOUR_MS + 12 * MINUTE_MS + 30_000);
    await showBoard(
      makeLead({
        name: 'Padaria',
        health: healthOf({ whatsapp_window_closes_at: closesAt.toISOString() }),
      }),
    );

    expect(card('Padaria')).toHaveTextContent('Janela do WhatsApp fecha em 3 h 12 min');

    act(() => vi.advanceTimersByTime(MINUTE_MS));
    expect(card('Padaria')).toHaveTextContent('Janela do WhatsApp fecha em 3 h 11 min');

    act(() => {
      vi.setSystemTime(closesAt.getTime() + 10_000);
      vi.advanceTimersByTime(MINUTE_MS);
    });
    expect(card('Padaria')).toHaveTextContent('Janela do WhatsApp fechada');
  });
});

describe('BoardFilters "Sem próxima atividade"', () => {
  beforeEach(() => {
    signInForTest();
    useLeadBoardStore.getState().reset();
    useLeadBoardStore.setState({ filters: DEFAULT_FILTERS });
    vi.mocked(getPipeline).mockResolvedValue(makePipeline([]));
  });

  it('asks the API for leads without an open activity, and stops when unchecked', async () => {
    const user = userEvent.setup();
    renderWithProviders(<BoardFilters />);

    await user.click(screen.getByRole('checkbox', { name: 'Sem próxima atividade' }));
    expect(vi.mocked(getPipeline).mock.lastCall?.[1]).toEqual({ has_next_activity: false });
    expect(useLeadBoardStore.getState().filters.hasNextActivity).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'Sem próxima atividade' }));
    expect(vi.mocked(getPipeline).mock.lastCall?.[1]).toEqual({});
  });
});
