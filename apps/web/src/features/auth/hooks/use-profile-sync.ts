import { useEffect } from 'react';
import { getMe } from '@/features/auth/api/get-me';
import { useSessionStore } from '@/stores/session.store';

/**
 * Once per sign-in, reloads the user and memberships stored with the session: a membership may
 * have been granted or removed since the last visit.
 */
export function useProfileSync(): void {
  const userId = useSessionStore((state) => state.user?.id);

  useEffect(() => {
    if (!userId) return;
    const controller = new AbortController();
    getMe(controller.signal)
      .then((profile) => useSessionStore.getState().setProfile(profile))
      // A failure here is not worth interrupting the user; the stored profile stays.
      .catch(() => undefined);
    return () => controller.abort();
  }, [userId]);
}
