import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { login } from '@/features/auth/api/login';
import { useSessionStore } from '@/stores/session.store';
import { renderApp } from '@/testing/render-app';
import { stubApi } from '@/testing/stub-api';
import { signInForTest, TEST_ORGANIZATION_ID, TEST_USER } from '@/testing/session';

vi.mock('@/features/auth/api/get-me', () => ({ getMe: vi.fn() }));
vi.mock('@/features/auth/api/login', () => ({ login: vi.fn() }));

describe('signed-in pages', () => {
  beforeEach(() => {
    vi.mocked(getMe).mockReturnValue(new Promise(() => undefined));
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
