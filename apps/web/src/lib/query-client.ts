import { QueryClient } from '@tanstack/react-query';

/** How long a fetched answer counts as fresh unless a query says otherwise. */
const DEFAULT_STALE_TIME_MS = 30_000;

/**
 * The SPA's one query cache. A module singleton (not created per render) because stores and the
 * live-event reducer write into it outside React, as the board's optimistic moves do.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: DEFAULT_STALE_TIME_MS,
      // Failures are shown at once with a "try again" button, as before; a silent retry would
      // only delay the message for errors that rarely heal by themselves within seconds.
      retry: false,
      // Live events keep open pages current; a refetch on every tab switch would only add load.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
