import type { ListEnvelope, NotificationResponse } from '@loved/shared';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { queryClient } from '@/lib/query-client';
import { makeNotification } from '@/testing/notification-factory';
import { signInForTest } from '@/testing/session';
import { stubApi, type StubHandler, type StubReply } from '@/testing/stub-api';

type Routes = Record<string, StubHandler | StubReply>;

function page(
  items: NotificationResponse[],
  nextCursor: string | null = null,
): { body: ListEnvelope<NotificationResponse> } {
  return { body: { items, next_cursor: nextCursor } };
}

/** The header's bell with a stand-in for the live stream reconnecting. */
function BellWithReconnect(): React.JSX.Element {
  const [reconnections, setReconnections] = useState(0);
  return (
    <>
      <NotificationBell resyncKey={reconnections} />
      <button type="button" onClick={() => setReconnections((count) => count + 1)}>
        Reconectar
      </button>
    </>
  );
}

/** The bell in a router (its items open lead pages), as the header shows it. */
function renderBell(routes: Routes): { router: ReturnType<typeof createMemoryRouter> } {
  stubApi(routes);
  const router = createMemoryRouter(
    [
      { path: '/pipeline', element: <BellWithReconnect /> },
      {
        path: '/leads/:leadId',
        element: (
          <>
            <NotificationBell />
            <p>Página do lead</p>
          </>
        ),
      },
    ],
    { initialEntries: ['/pipeline'] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router };
}

async function openPanel(): Promise<HTMLElement> {
  await userEvent.setup().click(await screen.findByRole('button', { name: /^Notificações/ }));
  return screen.findByRole('dialog', { name: 'Notificações' });
}

describe('NotificationBell', () => {
  const message = makeNotification({
    kind: 'inbound_message',
    channel: 'whatsapp',
    lead: { id: 'lead-padaria', name: 'Padaria Pão Quente' },
    created_at: new Date(Date.now() - 2 * 60_000).toISOString(),
  });
  const mention = makeNotification({
    kind: 'mention',
    channel: null,
    actor: { id: 'user-bia', name: 'Bia Costa' },
    lead: { id: 'lead-oficina', name: 'Oficina do Zé' },
    read: true,
    read_at: new Date().toISOString(),
    created_at: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  });

  beforeEach(() => {
    signInForTest();
  });

  it('names the unread count on the bell and shows it on the badge', async () => {
    renderBell({ 'GET /notifications/unread-count': { body: { count: 3 } } });

    const bell = await screen.findByRole('button', { name: 'Notificações: 3 não lidas' });
    expect(bell).toHaveTextContent('3');
  });

  it('caps the badge at 99+', async () => {
    renderBell({ 'GET /notifications/unread-count': { body: { count: 150 } } });

    const bell = await screen.findByRole('button', { name: 'Notificações: 99+ não lidas' });
    expect(bell).toHaveTextContent('99+');
  });

  it('shows no number when everything is read', async () => {
    renderBell({ 'GET /notifications/unread-count': { body: { count: 0 } } });

    const bell = await screen.findByRole('button', { name: 'Notificações' });
    expect(bell).toHaveTextContent('');
  });

  it('lists the notifications newest first, in words, the unread ones marked', async () => {
    renderBell({
      'GET /notifications/unread-count': { body: { count: 1 } },
      'GET /notifications': page([message, mention]),
    });

    const panel = await openPanel();
    const items = await within(panel).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Nova mensagem de Padaria Pão Quente no WhatsApp'),
      expect.stringContaining('Bia Costa mencionou você em uma nota em Oficina do Zé'),
    ]);
    expect(items[0]).toHaveTextContent('Não lida');
    expect(items[0]).toHaveTextContent('há 2 minutos');
    expect(items[1]).not.toHaveTextContent('Não lida');
  });

  it('loads older notifications with "Carregar mais"', async () => {
    const older = makeNotification({
      kind: 'lead_assigned',
      channel: null,
      actor: { id: 'user-caio', name: 'Caio Lima' },
      lead: { id: 'lead-cafe', name: 'Café Aroma' },
      read: true,
    });
    renderBell({
      'GET /notifications/unread-count': { body: { count: 1 } },
      'GET /notifications': (request) =>
        request.params.cursor === 'page-2' ? page([older]) : page([message], 'page-2'),
    });

    const panel = await openPanel();
    await within(panel).findByText(/Padaria Pão Quente/);
    await userEvent.setup().click(within(panel).getByRole('button', { name: 'Carregar mais' }));

    expect(await within(panel).findByText('Caio Lima atribuiu Café Aroma a você')).toBeVisible();
    expect(within(panel).queryByRole('button', { name: 'Carregar mais' })).not.toBeInTheDocument();
  });

  it('marks a notification read and opens its lead when clicked', async () => {
    const { router } = renderBell({
      'GET /notifications/unread-count': { body: { count: 1 } },
      'GET /notifications': page([message, mention]),
      'POST /notifications/:id/read': { status: 204 },
    });

    const panel = await openPanel();
    await userEvent
      .setup()
      .click(await within(panel).findByRole('button', { name: /Nova mensagem de Padaria/ }));

    expect(await screen.findByText('Página do lead')).toBeVisible();
    expect(router.state.location.pathname).toBe('/leads/lead-padaria');
  });

  it('sends the read to the server and lowers the count', async () => {
    let count = 2;
    const reads: string[] = [];
    renderBell({
      'GET /notifications/unread-count': () => ({ body: { count } }),
      'GET /notifications': page([message, mention]),
      'POST /notifications/:id/read': (request) => {
        reads.push(request.path);
        count = 1;
        return { status: 204 };
      },
    });

    const panel = await openPanel();
    await userEvent
      .setup()
      .click(await within(panel).findByRole('button', { name: /Nova mensagem de Padaria/ }));

    expect(reads).toEqual([`/notifications/${message.id}/read`]);
    expect(
      await screen.findByRole('button', { name: 'Notificações: 1 não lida' }),
    ).toBeInTheDocument();
  });

  it('marks every notification read at once', async () => {
    let count = 1;
    renderBell({
      'GET /notifications/unread-count': () => ({ body: { count } }),
      'GET /notifications': page([message, mention]),
      'POST /notifications/read-all': () => {
        count = 0;
        return { body: { updated: 1 } };
      },
    });

    const panel = await openPanel();
    await within(panel).findByText(/Padaria Pão Quente/);
    await userEvent
      .setup()
      .click(within(panel).getByRole('button', { name: 'Marcar todas como lidas' }));

    expect(await screen.findByRole('button', { name: 'Notificações' })).toBeInTheDocument();
    expect(within(panel).queryByText('Não lida')).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Marcar todas como lidas' })).toBeDisabled();
  });

  it('says so when there is nothing yet', async () => {
    renderBell({
      'GET /notifications/unread-count': { body: { count: 0 } },
      'GET /notifications': page([]),
    });

    const panel = await openPanel();

    expect(await within(panel).findByText('Nenhuma notificação')).toBeVisible();
  });

  it('shows that the list is loading', async () => {
    renderBell({ 'GET /notifications/unread-count': { body: { count: 0 } } });

    const panel = await openPanel();

    expect(await within(panel).findByText('Carregando notificações…')).toBeInTheDocument();
  });

  it('asks the count again when the live stream comes back after a drop', async () => {
    let count = 1;
    renderBell({ 'GET /notifications/unread-count': () => ({ body: { count } }) });
    await screen.findByRole('button', { name: 'Notificações: 1 não lida' });

    count = 4;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reconectar' }));

    expect(
      await screen.findByRole('button', { name: 'Notificações: 4 não lidas' }),
    ).toBeInTheDocument();
  });
});
