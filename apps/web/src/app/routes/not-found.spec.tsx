import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { renderApp } from '@/testing/render-app';
import { stubApi } from '@/testing/stub-api';
import { signInForTest } from '@/testing/session';

vi.mock('@/features/auth/api/get-me', () => ({ getMe: vi.fn() }));

describe('NotFoundRoute', () => {
  beforeEach(() => {
    signInForTest();
    vi.mocked(getMe).mockReturnValue(new Promise(() => undefined));
    // The board's requests stay unanswered: it keeps loading.
    stubApi({});
  });

  it('tells the user the page does not exist, inside the app shell', async () => {
    renderApp('/nao-existe');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Página não encontrada' }),
    ).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Navegação principal' });
    expect(within(nav).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
  });

  it('leads back to the pipeline', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/nao-existe');

    await user.click(await screen.findByRole('link', { name: 'Voltar ao pipeline' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/pipeline');
  });
});
