import type { LiveEvent } from '@loved/shared';
import { create } from 'zustand';
import type { LiveListener } from '@/types/live';

/**
 * idle: signed out · connecting · connected · offline: dropped, retrying ·
 * unavailable: this server has no live endpoint (yet); checked again now and then.
 */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'offline' | 'unavailable';

type LiveState = {
  status: LiveStatus;
  /**
   * Grows each time the stream opens again after a drop: events sent meanwhile were missed,
   * so pages that show live data refresh when it changes.
   */
  reconnections: number;
  setStatus: (status: LiveStatus) => void;
  markReconnected: () => void;
  subscribe: (listener: LiveListener) => () => void;
  emit: (event: LiveEvent) => void;
};

const listeners = new Set<LiveListener>();

/** The state of the organisation's live stream and who listens to it. */
export const useLiveStore = create<LiveState>()((set) => ({
  status: 'idle',
  reconnections: 0,
  setStatus: (status) => set({ status }),
  markReconnected: () => set((state) => ({ reconnections: state.reconnections + 1 })),
  subscribe: (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  emit: (event) => {
    for (const listener of [...listeners]) listener(event);
  },
}));
