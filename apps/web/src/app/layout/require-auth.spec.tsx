import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { login } from '@/features/auth/api/login';
import { getCurrentOrganization } from '@/features/organizations/api/get-current-organization';
import { getMembers } from '@/features/organizations/api/get-members';
import { useSessionStore } from '@/stores/session.store';
import { renderApp } from '@/testing/render-app';
import { signInForTest, TEST_ORGANIZATION_ID, TEST_USER } from '@/testing/session';

vi.mock('@/features/auth/api/get-me', () => ({ getMe: vi.fn() }));
vi.mock('@/features/auth/api/login', () => ({ login: vi.fn() }));
vi.mock('@/features/organizations/api/get-members', () => ({ getMembers: vi.fn() }));
vi.mock('@/features/organizations/api/get-current-organization', () => ({
  getCurrentOrganization: vi.fn(),
}));

describe('signed-in pages', () => {
  beforeEach(() => {
    vi.mocked(getMe).mockReturnValue(new Promise(() => undefined));
    vi.mocked(getMembers).mockResolvedValue({ items: [], next_cursor: null });
    vi.mocked(getCurrentOrganization).mockResolvedValue({
      id: TEST_ORGANIZATION_ID,
      name: 'Agência Teste',
      plan: 'free',
      created_at: '2026-01-01T00:00:00.000Z',
    });
  });

  it('send a signed-out visitor to /entrar, and back after signing in', async () => {
    vi.mocked(login).mockResolvedValue({
      access_token: 'access',
      token_type: 'Bearer',
      expires_in: 900,
      refresh_token: 'refresh',
      user: TEST_USER,
      memberships: [
        {
          organization_id: TEST_ORGANIZATION_ID,
          name: 'Agência Teste',
          role: 'admin',
          plan: 'free',
        },
      ],
    });
    const user = userEvent.setup();
    const { router } = renderApp('/configuracoes');

    expect(await screen.findByRole('heading', { name: 'Entrar no Loved CRM' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/entrar');
    await user.type(screen.getByLabelText('E-mail'), TEST_USER.email);
    await user.type(screen.getByLabelText('Senha'), 'senha-secreta');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Configurações' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/configuracoes');
    expect(JSON.parse(localStorage.getItem('loved-crm.session') ?? '{}')).toMatchObject({
      state: {
        accessToken: 'access',
        refreshToken: 'refresh',
        organizationId: TEST_ORGANIZATION_ID,
      },
    });
  });

  it('go back to /entrar, saying why, when the session expires', async () => {
    signInForTest();
    const { router } = renderApp('/configuracoes');
    await screen.findByRole('heading', { level: 1, name: 'Configurações' });

    act(() => useSessionStore.getState().clearSession({ expired: true }));

    expect(
      await screen.findByText('Sua sessão expirou. Entre novamente para continuar.'),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/entrar');
  });

  it('offer "Criar organização" to a user who belongs to none', async () => {
    signInForTest({ memberships: [] });
    const { router } = renderApp('/pipeline');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Criar organização' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/nova-organizacao');
    expect(screen.getByLabelText('Nome da organização')).toBeVisible();
  });
});
