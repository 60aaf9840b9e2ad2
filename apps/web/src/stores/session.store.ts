import { create } from 'zustand';

type Session = {
  accessToken: string | null;
  organizationId: string | null;
};

type SessionState = Session & {
  setSession: (session: Session) => void;
  setOrganization: (organizationId: string | null) => void;
  clearSession: () => void;
};

const EMPTY_SESSION: Session = { accessToken: null, organizationId: null };

/** The signed-in user's token and current organization; empty until sign-in exists. */
export const useSessionStore = create<SessionState>()((set) => ({
  ...EMPTY_SESSION,
  setSession: (session) => set(session),
  setOrganization: (organizationId) => set({ organizationId }),
  clearSession: () => set(EMPTY_SESSION),
}));
