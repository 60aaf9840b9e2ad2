import { useEffect } from 'react';
import { createEventToken } from '@/features/live/api/create-event-token';
import { useLiveStore } from '@/features/live/stores/live.store';
import { LIVE_EVENT_NAMES, parseLiveEvent } from '@/features/live/utils/parse-live-event';
import { API_BASE_URL, ApiError } from '@/lib/api-client';
import { useSessionStore } from '@/stores/session.store';

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Without a live endpoint on the server, look again after this long. */
const UNAVAILABLE_RETRY_MS = 60_000;

/**
 * Keeps one EventSource open for the current organisation and hands its events to the live
 * store's listeners. Each connection needs a fresh single-use token, so instead of the
 * browser's own reconnect (which would replay a spent token) it closes on error and starts over.
 */
export function useLiveConnection(): void {
  const organizationId = useSessionStore((state) => state.organizationId);
  const isSignedIn = useSessionStore((state) => state.accessToken !== null);

  useEffect(() => {
    const { setStatus, emit, markReconnected } = useLiveStore.getState();
    if (!organizationId || !isSignedIn || typeof EventSource === 'undefined') {
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let failures = 0;
    let hasConnected = false;

    const retryLater = (delayMs: number): void => {
      retryTimer = window.setTimeout(() => void connect(), delayMs);
    };
    const nextDelay = (): number =>
      RETRY_DELAYS_MS[Math.min(failures++, RETRY_DELAYS_MS.length - 1)] ?? UNAVAILABLE_RETRY_MS;

    async function connect(): Promise<void> {
      setStatus('connecting');
      let token: string;
      try {
        token = (await createEventToken(controller.signal)).token;
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) {
          setStatus('unavailable');
          retryLater(UNAVAILABLE_RETRY_MS);
          return;
        }
        setStatus('offline');
        retryLater(nextDelay());
        return;
      }
      if (controller.signal.aborted) return;
      const stream = new EventSource(`${API_BASE_URL}/events?token=${encodeURIComponent(token)}`);
      source = stream;
      stream.onopen = () => {
        failures = 0;
        setStatus('connected');
        if (hasConnected) markReconnected();
        hasConnected = true;
      };
      stream.onerror = () => {
        stream.close();
        source = null;
        if (controller.signal.aborted) return;
        setStatus('offline');
        retryLater(nextDelay());
      };
      for (const name of LIVE_EVENT_NAMES) {
        stream.addEventListener(name, (message: MessageEvent<string>) => {
          const event = parseLiveEvent(message.data, name);
          if (event) emit(event);
        });
      }
    }

    void connect();
    return () => {
      controller.abort();
      window.clearTimeout(retryTimer);
      source?.close();
      setStatus('idle');
    };
  }, [organizationId, isSignedIn]);
}
