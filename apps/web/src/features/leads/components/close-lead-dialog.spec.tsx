import type { CloseLeadRequest, LostReason } from '@loved/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '@/components/toaster';
import { CloseLeadDialog } from '@/features/leads/components/close-lead-dialog';
import { makeLead } from '@/testing/lead-factory';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubApi } from '@/testing/stub-api';

const REASONS: LostReason[] = [
  'Preço',
  'Escolheu um concorrente',
  'Sem orçamento',
  'Sem resposta',
  'Momento errado',
  'Outro',
].map((label, position) => ({ id: `reason-${position}`, label, position }));

describe('CloseLeadDialog', () => {
  const lead = makeLead({ name: 'Padaria Pão Quente', stage: 'negociacao' });
  let api: StubApi;
  const onOpenChange = vi.fn();

  beforeEach(() => {
    signInForTest();
    onOpenChange.mockReset();
    api = stubApi({
      'GET /lost-reasons': { body: { items: REASONS, next_cursor: null } },
      'POST /leads/:id/close': ({ body }) => {
        const request = body as CloseLeadRequest;
        return {
          body: {
            ...lead,
            stage: 'fechado',
            outcome: request.outcome,
            lost_reason: request.lost_reason ?? null,
            version: 2,
          },
        };
      },
    });
  });

  function renderDialog(initialOutcome?: 'won' | 'lost'): HTMLElement {
    renderWithProviders(
      <>
        <CloseLeadDialog
          lead={lead}
          open
          onOpenChange={onOpenChange}
          initialOutcome={initialOutcome}
        />
        <Toaster />
      </>,
    );
    return screen.getByRole('dialog', { name: 'Fechar Padaria Pão Quente' });
  }

  function closeRequests(): unknown[] {
    return api.requestsTo('POST /leads/:id/close').map((request) => request.body);
  }

  it('marks the deal won', async () => {
    const user = userEvent.setup();
    const dialog = renderDialog();

    await user.click(within(dialog).getByRole('radio', { name: /^Ganho/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como ganho' }));

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(closeRequests()).toEqual([{ outcome: 'won' }]);
    expect(await screen.findByText('Padaria Pão Quente marcado como ganho.')).toBeVisible();
  });

  it('asks won or lost before saving anything', async () => {
    const user = userEvent.setup();
    const dialog = renderDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Confirmar' }));

    expect(within(dialog).getByText('Escolha ganho ou perdido.')).toBeVisible();
    expect(closeRequests()).toEqual([]);
  });

  it('requires a reason for a lost deal, from the organisation list', async () => {
    const user = userEvent.setup();
    const dialog = renderDialog('lost');
    const reason = await within(dialog).findByRole('combobox', { name: 'Motivo da perda' });

    await user.click(within(dialog).getByRole('button', { name: 'Marcar como perdido' }));
    expect(within(dialog).getByText('Escolha o motivo da perda.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(closeRequests()).toEqual([]);

    await user.selectOptions(reason, 'Sem orçamento');
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como perdido' }));

    await waitFor(() =>
      expect(closeRequests()).toEqual([{ outcome: 'lost', lost_reason: 'Sem orçamento' }]),
    );
    expect(await screen.findByText('Padaria Pão Quente marcado como perdido.')).toBeVisible();
  });

  it('lets the rep type the reason when it is "Outro"', async () => {
    const user = userEvent.setup();
    const dialog = renderDialog('lost');

    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Motivo da perda' }),
      'Outro',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Qual foi o motivo?' }),
      'Fechou com o sobrinho',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Marcar como perdido' }));

    await waitFor(() =>
      expect(closeRequests()).toEqual([{ outcome: 'lost', lost_reason: 'Fechou com o sobrinho' }]),
    );
  });

  it('keeps the dialog open and says why when the API refuses', async () => {
    stubApi({
      'GET /lost-reasons': { body: { items: REASONS, next_cursor: null } },
      'POST /leads/:id/close': {
        status: 404,
        body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'LEAD_NOT_FOUND' },
      },
    });
    const user = userEvent.setup();
    const dialog = renderDialog('won');

    await user.click(within(dialog).getByRole('button', { name: 'Marcar como ganho' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Lead não encontrado.');
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});
