import type { AuthResponse, MeResponse, MembershipResponse, UserResponse } from '@loved/shared';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const SESSION_STORAGE_KEY = 'loved-crm.session';

type Session = {
  accessToken: string | null;
  refreshToken: string | null;
  user: UserResponse | null;
  memberships: MembershipResponse[];
  /** The organisation every tenant request names in `X-Org-Id`. */
  organizationId: string | null;
};

type SessionState = Session & {
  /** True once a session ended because its tokens stopped working (not a logout). */
  expired: boolean;
  /** After login, register or refresh: keeps the current organisation if still a member. */
  setAuth: (auth: AuthResponse) => void;
  setProfile: (profile: MeResponse) => void;
  setOrganization: (organizationId: string | null) => void;
  /** After an admin renamed an organisation, so the switcher shows the new name. */
  renameMembership: (organizationId: string, name: string) => void;
  clearSession: (options?: { expired?: boolean }) => void;
};

const EMPTY_SESSION: Session = {
  accessToken: null,
  refreshToken: null,
  user: null,
  memberships: [],
  organizationId: null,
};

function pickOrganization(
  current: string | null,
  memberships: MembershipResponse[],
): string | null {
  if (current && memberships.some((membership) => membership.organization_id === current)) {
    return current;
  }
  return memberships[0]?.organization_id ?? null;
}

/**
 * The signed-in user, their tokens, organisations and the current one. Persisted in
 * localStorage so a reload keeps the session; `expired` is not persisted.
 */
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      ...EMPTY_SESSION,
      expired: false,
      setAuth: (auth) =>
        set((state) => ({
          accessToken: auth.access_token,
          refreshToken: auth.refresh_token,
          user: auth.user,
          memberships: auth.memberships,
          organizationId: pickOrganization(state.organizationId, auth.memberships),
          expired: false,
        })),
      setProfile: (profile) =>
        set((state) => ({
          user: profile.user,
          memberships: profile.memberships,
          organizationId: pickOrganization(state.organizationId, profile.memberships),
        })),
      setOrganization: (organizationId) => set({ organizationId }),
      renameMembership: (organizationId, name) =>
        set((state) => ({
          memberships: state.memberships.map((membership) =>
            membership.organization_id === organizationId ? { ...membership, name } : membership,
          ),
        })),
      clearSession: (options) => set({ ...EMPTY_SESSION, expired: options?.expired ?? false }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ accessToken, refreshToken, user, memberships, organizationId }) => ({
        accessToken,
        refreshToken,
        user,
        memberships,
        organizationId,
      }),
    },
  ),
);

/** The membership of the current organisation, if any. */
export function selectCurrentMembership(state: SessionState): MembershipResponse | null {
  return (
    state.memberships.find((membership) => membership.organization_id === state.organizationId) ??
    null
  );
}

// Another tab that refreshed the tokens (or signed out) wrote localStorage: follow it, so this
// tab never replays a refresh token that the API already rotated (which would end the family).
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === SESSION_STORAGE_KEY) void useSessionStore.persist.rehydrate();
  });
}
