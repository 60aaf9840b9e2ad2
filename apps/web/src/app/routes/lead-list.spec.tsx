import type { MemberResponse } from '@loved/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeLead } from '@/testing/lead-factory';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_USER } from '@/testing/session';
import { stubApi } from '@/testing/stub-api';

const colleague: MemberResponse = {
  user_id: '00000000-0000-4000-8000-00000000a002',
  name: 'Bruno Lima',
  email: 'bruno@agencia.test',
  avatar_url: null,
  role: 'agent',
  joined_at: '2026-01-01T00:00:00.000Z',
};

// The whole app with a lazy page: slow on a busy machine, so a longer timeout.
const WHOLE_APP_TIMEOUT_MS = 15_000;

function stubTeam(): ReturnType<typeof stubApi> {
  return stubApi({
    'GET /leads': {
      body: { items: [makeLead({ name: 'Padaria Pão Quente' })], next_cursor: null },
    },
    'GET /saved-filters': { body: { items: [], next_cursor: null } },
    'GET /members': {
      body: {
        items: [
          { ...colleague, user_id: TEST_USER.id, name: TEST_USER.name, role: 'admin' },
          colleague,
        ],
        next_cursor: null,
      },
    },
  });
}

describe('LeadListRoute', () => {
  it(
    'is reached from the sidebar and filters by any member of the team',
    async () => {
      signInForTest();
      const api = stubTeam();
      const user = userEvent.setup();
      const { router } = renderApp('/pipeline');

      const nav = await screen.findByRole('navigation', { name: 'Navegação principal' });
      await user.click(within(nav).getByRole('link', { name: 'Leads' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();
      expect(await screen.findByRole('link', { name: 'Padaria Pão Quente' })).toBeVisible();
      const assignee = screen.getByRole('combobox', { name: 'Responsável' });
      await within(assignee).findByRole('option', { name: 'Bruno Lima' });
      await user.selectOptions(assignee, 'Bruno Lima');

      expect(router.state.location.search).toBe(`?assigned_user_id=${colleague.user_id}`);
      expect(api.requestsTo('GET /leads').at(-1)?.params).toMatchObject({
        assigned_user_id: colleague.user_id,
      });
    },
    WHOLE_APP_TIMEOUT_MS,
  );

  it(
    'offers bulk delete to managers but not to agents',
    async () => {
      signInForTest({ role: 'agent' });
      stubTeam();
      const user = userEvent.setup();
      renderApp('/leads');

      await user.click(
        await screen.findByRole('checkbox', { name: 'Selecionar Padaria Pão Quente' }),
      );

      expect(screen.getByRole('region', { name: 'Ações em massa' })).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Excluir' })).not.toBeInTheDocument();
    },
    WHOLE_APP_TIMEOUT_MS,
  );
});
