import type { MembershipResponse, Role } from '@loved/shared';
import { useSessionStore } from '@/stores/session.store';

export const TEST_USER = {
  id: '00000000-0000-4000-8000-00000000a001',
  name: 'Ana Souza',
  email: 'ana@agencia.test',
  avatar_url: null,
  created_at: '2026-01-01T00:00:00.000Z',
};

export const TEST_ORGANIZATION_ID = '00000000-0000-4000-8000-00000000b001';

/** Puts a signed-in session in the store, as if the user had logged in. */
export function signInForTest(
  options: { role?: Role; memberships?: MembershipResponse[] } = {},
): void {
  const memberships = options.memberships ?? [
    {
      organization_id: TEST_ORGANIZATION_ID,
      name: 'Agência Teste',
      role: options.role ?? 'admin',
      plan: 'free',
    },
  ];
  useSessionStore.setState({
    accessToken: 'access-token',
    refreshToken: 'refresh-token',
    user: TEST_USER,
    memberships,
    organizationId: memberships[0]?.organization_id ?? null,
    expired: false,
  });
}
