import type { LiveEvent } from '@loved/shared';
import type { LiveListener, LiveSubscribe } from '@/types/live';

/** A stand-in for the live stream: tests emit the events a colleague's actions would. */
export function fakeLiveStream(): { subscribe: LiveSubscribe; emit: (event: LiveEvent) => void } {
  const listeners = new Set<LiveListener>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
  };
}
