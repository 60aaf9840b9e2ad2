import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LeadCardMenu } from '@/features/leads/components/lead-card-menu';
import { LeadCardActionsContext } from '@/features/leads/hooks/use-lead-card-actions';
import { makeLead } from '@/testing/lead-factory';
import { renderWithProviders } from '@/testing/render-with-providers';

describe('LeadCardMenu', () => {
  const lead = makeLead({ name: 'Padaria Pão Quente' });
  const noop = (): void => undefined;

  function renderMenu(onScheduleActivity?: (target: typeof lead) => void): void {
    renderWithProviders(
      <LeadCardActionsContext value={{ onScheduleActivity }}>
        <LeadCardMenu
          lead={lead}
          stage="lead"
          onMoveToStage={noop}
          onCloseDeal={noop}
          onReopenDeal={noop}
        />
      </LeadCardActionsContext>,
    );
  }

  it('offers "Agendar atividade" for the card\'s lead when the page plugs it in', async () => {
    const onScheduleActivity = vi.fn();
    const user = userEvent.setup();
    renderMenu(onScheduleActivity);

    await user.click(screen.getByRole('button', { name: 'Ações de Padaria Pão Quente' }));
    await user.click(screen.getByRole('menuitem', { name: 'Agendar atividade' }));

    expect(onScheduleActivity).toHaveBeenCalledWith(lead);
  });

  it('leaves it out where nobody plugs it in', async () => {
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Ações de Padaria Pão Quente' }));

    expect(screen.queryByRole('menuitem', { name: 'Agendar atividade' })).toBeNull();
  });
});
