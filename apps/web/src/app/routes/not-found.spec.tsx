import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { appRoutes } from '@/app/router';
import { getReadiness } from '@/features/system-status/api/get-readiness';

vi.mock('@/features/system-status/api/get-readiness', () => ({ getReadiness: vi.fn() }));

describe('NotFoundRoute', () => {
  it('tells the user the page does not exist, inside the app shell', () => {
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/nao-existe'] });

    render(<RouterProvider router={router} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Página não encontrada' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Navegação principal' });
    expect(within(nav).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
  });

  it('leads back to the Painel', async () => {
    vi.mocked(getReadiness).mockReturnValue(new Promise(() => undefined));
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/nao-existe'] });
    const user = userEvent.setup();
    render(<RouterProvider router={router} />);

    await user.click(screen.getByRole('link', { name: 'Voltar ao Painel' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bem-vindo ao Loved CRM' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
