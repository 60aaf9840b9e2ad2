import type { Channel, CommunicationResponse, TimelineItem } from '@loved/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getTimeline } from '@/features/communications/api/get-timeline';
import {
  isMissingEndpoint,
  matchesChannel,
  withCommunication,
  withPage,
} from '@/features/communications/utils/timeline-items';
import type { LiveSubscribe } from '@/types/live';

export const TIMELINE_PAGE_LIMIT = 30;

export type TimelineState = {
  status: 'loading' | 'ready' | 'error' | 'unavailable';
  items: TimelineItem[];
  nextCursor: string | null;
  error: unknown;
  isLoadingMore: boolean;
  loadMoreError: unknown;
  /** The last communication that arrived live, for the screen-reader announcement. */
  lastLive: CommunicationResponse | null;
};

const INITIAL: TimelineState = {
  status: 'loading',
  items: [],
  nextCursor: null,
  error: null,
  isLoadingMore: false,
  loadMoreError: null,
  lastLive: null,
};

export type UseTimelineResult = {
  state: TimelineState;
  loadMore: () => void;
  reload: () => void;
  /** A communication recorded here (note, call): shown without waiting for the live event. */
  addCommunication: (communication: CommunicationResponse) => void;
};

/** A lead's timeline, page by page, with live communications merged in. */
export function useTimeline(
  leadId: string,
  channel: Channel | null,
  subscribeLive?: LiveSubscribe,
): UseTimelineResult {
  const [attempt, setAttempt] = useState(0);
  // State remembers which lead, filter and attempt it belongs to; a change starts it afresh.
  const key = `${leadId}|${channel ?? ''}|${attempt}`;
  const [keyed, setKeyed] = useState<{ key: string; state: TimelineState }>({
    key,
    state: INITIAL,
  });
  const state = keyed.key === key ? keyed.state : INITIAL;
  const currentKey = useRef(key);
  useEffect(() => {
    currentKey.current = key;
  }, [key]);
  // Updates from a callback of an earlier lead, filter or attempt are dropped.
  const setState = useCallback(
    (update: (current: TimelineState) => TimelineState) => {
      if (currentKey.current !== key) return;
      setKeyed((current) => ({
        key,
        state: update(current.key === key ? current.state : INITIAL),
      }));
    },
    [key],
  );

  useEffect(() => {
    const controller = new AbortController();
    getTimeline(
      leadId,
      { limit: TIMELINE_PAGE_LIMIT, ...(channel ? { channel } : {}) },
      controller.signal,
    )
      .then((page) => {
        if (controller.signal.aborted) return;
        // Live items may have landed while the first page was on its way.
        setState((current) => ({
          ...current,
          status: 'ready',
          items: current.items.reduce(
            (items, item) =>
              item.type === 'communication'
                ? withCommunication(items, item.communication, page.next_cursor !== null)
                : items,
            page.items,
          ),
          nextCursor: page.next_cursor,
        }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({
          ...current,
          status: isMissingEndpoint(error) ? 'unavailable' : 'error',
          error,
        }));
      });
    return () => controller.abort();
  }, [leadId, channel, setState]);

  const addCommunication = useCallback(
    (communication: CommunicationResponse) => {
      if (communication.lead_id !== leadId || !matchesChannel(communication, channel)) return;
      setState((current) => ({
        ...current,
        items: withCommunication(current.items, communication, current.nextCursor !== null),
      }));
    },
    [leadId, channel, setState],
  );

  useEffect(() => {
    if (!subscribeLive) return;
    return subscribeLive((event) => {
      const communication = event.communication;
      if (event.lead_id !== leadId || !communication) return;
      if (!matchesChannel(communication, channel)) return;
      setState((current) => ({
        ...current,
        items: withCommunication(current.items, communication, current.nextCursor !== null),
        lastLive: event.type === 'communication.created' ? communication : current.lastLive,
      }));
    });
  }, [subscribeLive, leadId, channel, setState]);

  const { nextCursor, isLoadingMore } = state;
  const loadMore = useCallback(() => {
    if (!nextCursor || isLoadingMore) return;
    setState((current) => ({ ...current, isLoadingMore: true, loadMoreError: null }));
    getTimeline(leadId, {
      cursor: nextCursor,
      limit: TIMELINE_PAGE_LIMIT,
      ...(channel ? { channel } : {}),
    })
      .then((page) => {
        setState((current) => ({
          ...current,
          items: withPage(current.items, page.items),
          nextCursor: page.next_cursor,
          isLoadingMore: false,
        }));
      })
      .catch((error: unknown) => {
        setState((current) => ({ ...current, isLoadingMore: false, loadMoreError: error }));
      });
  }, [leadId, channel, nextCursor, isLoadingMore, setState]);

  const reload = useCallback(() => setAttempt((current) => current + 1), []);

  return { state, loadMore, reload, addCommunication };
}
