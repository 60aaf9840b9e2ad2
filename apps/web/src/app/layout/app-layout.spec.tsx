import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import { renderApp } from '@/testing/render-app';
import { stubApi } from '@/testing/stub-api';
import { signInForTest, TEST_ORGANIZATION_ID, TEST_USER } from '@/testing/session';

vi.mock('@/features/auth/api/get-me', () => ({ getMe: vi.fn() }));
vi.mock('@/features/leads/api/get-pipeline', () => ({ getPipeline: vi.fn() }));

async function mainNav(): Promise<HTMLElement> {
  return screen.findByRole('navigation', { name: 'Navegação principal' });
}

describe('AppLayout', () => {
  beforeEach(() => {
    signInForTest();
    vi.mocked(getMe).mockReturnValue(new Promise(() => undefined));
    vi.mocked(getPipeline).mockReturnValue(new Promise(() => undefined));
    // Readiness and anything else not listed stays unanswered: those pages keep loading.
    stubApi({
      'GET /members': { body: { items: [], next_cursor: null } },
      'GET /organizations/current': {
        body: {
          id: TEST_ORGANIZATION_ID,
          name: 'Agência Teste',
          plan: 'free',
          created_at: '2026-01-01T00:00:00.000Z',
        },
      },
    });
  });

  it('shows the sections in the sidebar, Minha agenda first', async () => {
    renderApp('/pipeline');

    const links = within(await mainNav()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Minha agenda',
      'Pipeline',
      'Leads',
      'Relatórios',
      'Configurações',
    ]);
    expect(within(await mainNav()).getByRole('link', { name: 'Configurações' })).toHaveAttribute(
      'href',
      '/configuracoes',
    );
  });

  it('marks the link of the current page as active', async () => {
    renderApp('/pipeline');

    const nav = await mainNav();
    expect(within(nav).getByRole('link', { name: 'Pipeline' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Configurações' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('moves the active mark when the user navigates', async () => {
    const user = userEvent.setup();
    renderApp('/');

    await user.click(within(await mainNav()).getByRole('link', { name: 'Configurações' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    const nav = await mainNav();
    expect(within(nav).getByRole('link', { name: 'Configurações' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Pipeline' })).not.toHaveAttribute('aria-current');
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Minha agenda' });

    await user.tab();

    expect(screen.getByRole('link', { name: 'Pular para o conteúdo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('opens on Minha agenda: the home of a rep', async () => {
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Minha agenda' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/agenda');
    expect(within(await mainNav()).getByRole('link', { name: 'Minha agenda' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.queryByRole('region', { name: 'Status do sistema' })).not.toBeInTheDocument();
  });

  it('shows the pipeline board on Pipeline', async () => {
    renderApp('/pipeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Novo lead' })).toBeVisible();
    expect(screen.getByText('Carregando o pipeline…')).toBeInTheDocument();
  });

  it('names the current organisation and the signed-in user in the header', async () => {
    renderApp('/');

    expect(
      await screen.findByRole('button', { name: 'Trocar organização (atual: Agência Teste)' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: `Conta: ${TEST_USER.name}` })).toBeVisible();
  });

  it('switches the interface to English and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/pipeline');
    await screen.findByRole('button', { name: 'Novo lead' });

    await user.click(screen.getByRole('button', { name: 'Mudar idioma para English' }));

    expect(screen.getByRole('button', { name: 'New lead' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('loved-crm.language')).toContain('"en"');
    await user.click(screen.getByRole('button', { name: 'Switch language to Português' }));
  });
});
