import { useEffect } from 'react';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

/**
 * Empties the query cache when the organisation or the signed-in user changes, or the session
 * ends: keys already name the organisation, and dropping the rest means nothing of one
 * organisation or person lingers in memory for the next.
 */
export function useCacheReset(): void {
  useEffect(
    () =>
      useSessionStore.subscribe((state, previous) => {
        const switched = state.organizationId !== previous.organizationId;
        const otherUser = state.user?.id !== previous.user?.id;
        const signedOut = state.accessToken === null && previous.accessToken !== null;
        if (switched || otherUser || signedOut) queryClient.clear();
      }),
    [],
  );
}
