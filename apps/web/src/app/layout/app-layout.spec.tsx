import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appRoutes } from '@/app/router';
import { getReadiness } from '@/features/system-status/api/get-readiness';

vi.mock('@/features/system-status/api/get-readiness', () => ({ getReadiness: vi.fn() }));

function renderAt(path: string): void {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

function mainNav(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Navegação principal' });
}

describe('AppLayout', () => {
  beforeEach(() => {
    vi.mocked(getReadiness).mockReturnValue(new Promise(() => undefined));
  });

  it('shows the three sections in the sidebar', () => {
    renderAt('/pipeline');

    const links = within(mainNav()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Painel', 'Pipeline', 'Configurações']);
    expect(within(mainNav()).getByRole('link', { name: 'Configurações' })).toHaveAttribute(
      'href',
      '/configuracoes',
    );
  });

  it('marks the link of the current page as active', () => {
    renderAt('/pipeline');

    expect(within(mainNav()).getByRole('link', { name: 'Pipeline' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Painel' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('moves the active mark when the user navigates', async () => {
    const user = userEvent.setup();
    renderAt('/');

    await user.click(within(mainNav()).getByRole('link', { name: 'Configurações' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    expect(within(mainNav()).getByRole('link', { name: 'Configurações' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Painel' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const user = userEvent.setup();
    renderAt('/');

    await user.tab();

    expect(screen.getByRole('link', { name: 'Pular para o conteúdo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('welcomes the user on the Painel', () => {
    renderAt('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Bem-vindo ao Loved CRM' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Status do sistema' })).toBeInTheDocument();
  });

  it('says honestly that Pipeline arrives soon', () => {
    renderAt('/pipeline');

    expect(screen.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    expect(screen.getByText('Em breve')).toBeVisible();
  });
});
