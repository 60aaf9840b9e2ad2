import type { CommunicationResponse, TimelineItem } from '@loved/shared';
import { useState } from 'react';

type Seen = {
  key: string;
  loaded: boolean;
  topId: string | null;
  arrival: CommunicationResponse | null;
};

function topCommunication(items: readonly TimelineItem[]): CommunicationResponse | null {
  const top = items.find((item) => item.type === 'communication');
  return top?.type === 'communication' ? top.communication : null;
}

/**
 * The newest communication that arrived on top of a timeline already on screen (live, or just
 * recorded), for the screen-reader announcement. `key` names the list shown: another lead or
 * filter starts afresh, without announcing what its first page brings.
 */
export function useLatestArrival(
  key: string,
  items: readonly TimelineItem[] | undefined,
): CommunicationResponse | null {
  const top = items ? topCommunication(items) : null;
  const loaded = items !== undefined;
  const [seen, setSeen] = useState<Seen>({ key, loaded, topId: top?.id ?? null, arrival: null });

  // Adjusted while rendering, as React's docs do for state that follows a changing value.
  if (seen.key !== key) {
    setSeen({ key, loaded, topId: top?.id ?? null, arrival: null });
  } else if (seen.loaded !== loaded || seen.topId !== (top?.id ?? null)) {
    // A new top above the old one (still listed) came in; a reload that changed the list did not.
    const isArrival =
      seen.loaded &&
      top !== null &&
      (seen.topId === null || (items ?? []).some((item) => item.id === seen.topId));
    setSeen({ key, loaded, topId: top?.id ?? null, arrival: isArrival ? top : seen.arrival });
  }
  return seen.key === key ? seen.arrival : null;
}
