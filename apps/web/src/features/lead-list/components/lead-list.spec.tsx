import type { BulkLeadsRequest, LeadResponse } from '@loved/shared';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toaster } from '@/components/toaster';
import { LeadList, type LeadListProps } from '@/features/lead-list/components/lead-list';
import { queryClient } from '@/lib/query-client';
import { makeLead } from '@/testing/lead-factory';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi, type StubHandler } from '@/testing/stub-api';

const BULK = 'POST /leads/bulk';

const leads: LeadResponse[] = [
  makeLead({ name: 'Padaria Pão Quente', tags: ['site'] }),
  makeLead({ name: 'Oficina do Zé', tags: ['site', 'vip'] }),
  makeLead({ name: 'Clínica Sorriso' }),
  makeLead({ name: 'Pet Shop Amigo' }),
];

const members = [
  { id: TEST_USER.id, name: TEST_USER.name },
  { id: '00000000-0000-4000-8000-00000000a002', name: 'Bruno Lima' },
];

function stubList(bulk: StubHandler = () => ({ body: {} })): ReturnType<typeof stubApi> {
  return stubApi({
    'GET /leads': { body: { items: leads, next_cursor: null } },
    'GET /saved-filters': { body: { items: [], next_cursor: null } },
    [BULK]: bulk,
  });
}

function renderList(
  props: Partial<LeadListProps> = {},
  path = '/leads',
): ReturnType<typeof createMemoryRouter> {
  const router = createMemoryRouter(
    [
      {
        path: '/leads',
        element: (
          <LeadList
            members={members}
            currentUserId={TEST_USER.id}
            canDelete
            canAssignOthers
            {...props}
          />
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  return router;
}

function bulkReply(request: { body: unknown }): { body: unknown } {
  const body = request.body as BulkLeadsRequest;
  return { body: { action: body.action, affected: body.ids.length, ids: body.ids } };
}

describe('LeadList', () => {
  beforeEach(() => {
    signInForTest();
  });

  it('keeps the sort in the URL and asks the API for it, marking the header', async () => {
    const api = stubList();
    const router = renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });

    await user.click(screen.getByRole('button', { name: 'Valor' }));

    await waitFor(() => expect(router.state.location.search).toBe('?sort=-estimated_value'));
    await waitFor(() =>
      expect(api.requestsTo('GET /leads').at(-1)?.params).toMatchObject({
        sort: '-estimated_value',
      }),
    );
    expect(screen.getByRole('columnheader', { name: 'Valor' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('reads its filters from the URL and sends them to the API', async () => {
    const api = stubList();
    renderList({}, '/leads?stage=proposta&outcome=won&assigned_user_id=me');
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });
    expect(api.requestsTo('GET /leads')[0]?.params).toMatchObject({
      stage: 'proposta',
      outcome: 'won',
      assigned_user_id: 'me',
    });
    expect(screen.getByRole('combobox', { name: 'Resultado' })).toHaveValue('won');
  });

  it('selects every lead of the page and moves them all in ONE request', async () => {
    const api = stubList(bulkReply);
    renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });

    await user.click(
      screen.getByRole('checkbox', { name: 'Selecionar todos os leads desta página' }),
    );
    const bar = screen.getByRole('region', { name: 'Ações em massa' });
    expect(bar).toHaveTextContent('4 selecionados');

    await user.click(within(bar).getByRole('button', { name: 'Mover etapa' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mover para Proposta' }));

    expect(await screen.findByText('4 leads movidos para Proposta.')).toBeInTheDocument();
    expect(api.requestsTo(BULK)).toHaveLength(1);
    expect(api.requestsTo(BULK)[0]?.body).toEqual({
      action: 'move_stage',
      stage: 'proposta',
      ids: leads.map((lead) => lead.id),
    });
    // The list is read again, and the selection is over.
    await waitFor(() => expect(api.requestsTo('GET /leads').length).toBeGreaterThan(1));
    expect(screen.queryByRole('region', { name: 'Ações em massa' })).not.toBeInTheDocument();
  });

  it('selects a range with Shift-click', async () => {
    stubList();
    renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });

    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Padaria Pão Quente' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Clínica Sorriso' }));
    await user.keyboard('{/Shift}');

    expect(screen.getByRole('region', { name: 'Ações em massa' })).toHaveTextContent(
      '3 selecionados',
    );
    expect(screen.getByRole('checkbox', { name: 'Selecionar Oficina do Zé' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Selecionar Pet Shop Amigo' })).not.toBeChecked();
  });

  it('asks before deleting, and deletes only once confirmed', async () => {
    const api = stubList(bulkReply);
    renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Padaria Pão Quente' }));
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Oficina do Zé' }));

    await user.click(screen.getByRole('button', { name: 'Excluir' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Excluir 2 leads?' });
    expect(api.requestsTo(BULK)).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Excluir 2 leads' }));

    expect(await screen.findByText('2 leads excluídos.')).toBeInTheDocument();
    expect(api.requestsTo(BULK)).toHaveLength(1);
    expect(api.requestsTo(BULK)[0]?.body).toEqual({
      action: 'delete',
      ids: [leads[0]?.id, leads[1]?.id],
    });
  });

  it('does not offer delete to an agent, and lets them assign only to themselves', async () => {
    stubList();
    renderList({ canDelete: false, canAssignOthers: false });
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Padaria Pão Quente' }));

    expect(screen.queryByRole('button', { name: 'Excluir' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Atribuir' }));
    expect(
      await screen.findByRole('menuitem', { name: `Atribuir a mim (${TEST_USER.name})` }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('menuitem', { name: 'Atribuir a Bruno Lima' }),
    ).not.toBeInTheDocument();
  });

  it('adds a tag to the selected leads in one request', async () => {
    const api = stubList(bulkReply);
    renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Clínica Sorriso' }));
    await user.click(screen.getByRole('checkbox', { name: 'Selecionar Pet Shop Amigo' }));

    await user.click(screen.getByRole('button', { name: 'Adicionar tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adicionar tag a 2 leads' });
    await user.type(within(dialog).getByLabelText('Tag'), 'indicação');
    await user.click(within(dialog).getByRole('button', { name: 'Adicionar tag' }));

    expect(await screen.findByText('Tag "indicação" adicionada a 2 leads.')).toBeInTheDocument();
    expect(api.requestsTo(BULK)[0]?.body).toEqual({
      action: 'add_tag',
      tag: 'indicação',
      ids: [leads[2]?.id, leads[3]?.id],
    });
  });

  it('says nothing changed when some selected leads no longer exist', async () => {
    const api = stubList(() => ({
      status: 404,
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'Some leads do not exist (or are not yours); nothing was changed.',
        code: 'LEAD_NOT_FOUND',
        missing_ids: [leads[1]?.id],
      },
    }));
    renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });
    await user.click(
      screen.getByRole('checkbox', { name: 'Selecionar todos os leads desta página' }),
    );

    await user.click(screen.getByRole('button', { name: 'Mover etapa' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Mover para Contato' }));

    // Within the toast itself: Radix also repeats its text in a live region for a moment.
    const toast = (await screen.findByText('Nada foi alterado')).closest('li');
    expect(toast).toHaveTextContent(/1 dos leads selecionados não existe mais/);
    // The list is read again, so the gone lead disappears from it.
    await waitFor(() => expect(api.requestsTo('GET /leads').length).toBeGreaterThan(1));
  });

  it('filters "Sem próxima atividade" through the URL and the API', async () => {
    const api = stubList();
    const router = renderList();
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Padaria Pão Quente' });

    await user.click(screen.getByRole('checkbox', { name: 'Sem próxima atividade' }));

    await waitFor(() => expect(router.state.location.search).toBe('?has_next_activity=false'));
    await waitFor(() =>
      expect(api.requestsTo('GET /leads').at(-1)?.params).toMatchObject({
        has_next_activity: false,
      }),
    );
    expect(screen.getByRole('checkbox', { name: 'Sem próxima atividade' })).toBeChecked();
  });

  it("shows each lead's next step, or the warning when it has none", async () => {
    stubApi({
      'GET /leads': {
        body: {
          items: [
            makeLead({
              name: 'Padaria Pão Quente',
              next_activity: {
                id: 'activity-1',
                type: 'call',
                subject: 'Ligar para a dona',
                due_at: '2020-01-02T13:00:00.000Z',
                assigned_user_id: null,
              },
            }),
            makeLead({ name: 'Oficina do Zé', next_activity: null }),
          ],
          next_cursor: null,
        },
      },
      'GET /saved-filters': { body: { items: [], next_cursor: null } },
    });
    renderList();

    const row = (await screen.findByRole('link', { name: 'Padaria Pão Quente' })).closest('tr');
    expect(row).toHaveTextContent('Atrasada');
    expect(row).toHaveTextContent('Ligar para a dona');
    const other = screen.getByRole('link', { name: 'Oficina do Zé' }).closest('tr');
    expect(other).toHaveTextContent('Sem próxima atividade');
  });

  it('shows an empty state that offers to clear the filters', async () => {
    stubApi({
      'GET /leads': { body: { items: [], next_cursor: null } },
      'GET /saved-filters': { body: { items: [], next_cursor: null } },
    });
    const router = renderList({}, '/leads?outcome=lost&sort=name');
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { name: 'Nenhum lead com estes filtros' }),
    ).toBeVisible();
    await user.click(
      screen.getAllByRole('button', { name: 'Limpar filtros' }).at(-1) as HTMLElement,
    );
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
  });
});
