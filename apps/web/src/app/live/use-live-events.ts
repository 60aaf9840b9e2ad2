import { useEffect } from 'react';
import { applyLiveEvent } from '@/app/live/apply-live-event';
import { useLiveStore } from '@/features/live/stores/live.store';

/** Hands every event of the organisation's live stream to the one live-event reducer. */
export function useLiveEvents(): void {
  useEffect(() => useLiveStore.getState().subscribe(applyLiveEvent), []);
}
