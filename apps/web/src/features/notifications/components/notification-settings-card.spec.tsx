import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotificationSettingsCard } from '@/features/notifications/components/notification-settings-card';
import { renderWithProviders } from '@/testing/render-with-providers';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubReply } from '@/testing/stub-api';

describe('NotificationSettingsCard', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('shows a switch per kind, off for the muted ones', async () => {
    stubApi({ 'GET /notifications/settings': { body: { muted_kinds: ['mention'] } } });
    renderWithProviders(<NotificationSettingsCard />);

    expect(
      await screen.findByRole('switch', { name: 'Novas mensagens de clientes' }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('switch', { name: 'Menções em notas' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    expect(
      screen.getByRole('switch', { name: 'Endpoints de webhook desativados' }),
    ).toHaveAttribute('aria-checked', 'true');
    expect(screen.getAllByRole('switch')).toHaveLength(5);
  });

  it('saves the muted kinds when a switch is turned off or on', async () => {
    const user = userEvent.setup();
    const api = stubApi({
      'GET /notifications/settings': { body: { muted_kinds: ['mention'] } },
      'PUT /notifications/settings': (request) => ({ body: request.body }),
    });
    renderWithProviders(<NotificationSettingsCard />);

    await user.click(await screen.findByRole('switch', { name: 'Atividades prestes a vencer' }));
    expect(screen.getByRole('switch', { name: 'Atividades prestes a vencer' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await user.click(screen.getByRole('switch', { name: 'Menções em notas' }));

    expect(api.requestsTo('PUT /notifications/settings').map((request) => request.body)).toEqual([
      { muted_kinds: ['activity_due', 'mention'] },
      { muted_kinds: ['activity_due'] },
    ]);
    expect(screen.getByRole('switch', { name: 'Menções em notas' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  it('turns the switch back when the save fails', async () => {
    const user = userEvent.setup();
    let fail: (reply: StubReply) => void = () => undefined;
    stubApi({
      'GET /notifications/settings': { body: { muted_kinds: [] } },
      'PUT /notifications/settings': () =>
        new Promise<StubReply>((resolve) => {
          fail = resolve;
        }),
    });
    renderWithProviders(<NotificationSettingsCard />);

    await user.click(await screen.findByRole('switch', { name: 'Leads atribuídos a mim' }));
    const leadAssigned = screen.getByRole('switch', { name: 'Leads atribuídos a mim' });
    await waitFor(() => expect(leadAssigned).toHaveAttribute('aria-checked', 'false'));
    fail({ status: 500, body: { title: 'Erro', status: 500 } });

    await waitFor(() => expect(leadAssigned).toHaveAttribute('aria-checked', 'true'));
  });
});
