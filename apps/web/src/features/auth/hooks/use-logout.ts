import { useCallback } from 'react';
import { logout } from '@/features/auth/api/logout';
import { useSessionStore } from '@/stores/session.store';

/** Ends the session here at once, and revokes the refresh token on the API on the way. */
export function useLogout(): () => void {
  return useCallback(() => {
    const { refreshToken, clearSession } = useSessionStore.getState();
    clearSession();
    // The session is already gone locally; a failed revoke changes nothing for the user.
    if (refreshToken) logout(refreshToken).catch(() => undefined);
  }, []);
}
