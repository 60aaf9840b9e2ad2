import type { Channel, CommunicationResponse, TimelineItem } from '@loved/shared';
import { ApiError } from '@/lib/api-client';

export function itemOf(communication: CommunicationResponse): TimelineItem {
  return {
    type: 'communication',
    id: communication.id,
    occurred_at: communication.sent_at,
    communication,
  };
}

const keyOf = (item: TimelineItem): string =>
  item.type === 'communication' ? `c:${item.communication.id}` : `s:${item.id}`;

/** Newest first, as the API orders them (ties by id, descending). */
function compareNewestFirst(a: TimelineItem, b: TimelineItem): number {
  if (a.occurred_at !== b.occurred_at) return a.occurred_at < b.occurred_at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Adds a communication that arrived outside the paging (live, or just recorded here) in time
 * order; one already shown is replaced, never doubled. Items older than the last loaded one
 * wait for their page.
 */
export function withCommunication(
  items: readonly TimelineItem[],
  communication: CommunicationResponse,
  hasMore: boolean,
): TimelineItem[] {
  const item = itemOf(communication);
  const key = keyOf(item);
  const existing = items.findIndex((candidate) => keyOf(candidate) === key);
  if (existing !== -1)
    return items.map((candidate, index) => (index === existing ? item : candidate));
  const last = items.at(-1);
  if (hasMore && last && compareNewestFirst(item, last) > 0) return [...items];
  return [...items, item].sort(compareNewestFirst);
}

/** Appends a page, skipping items already shown (a live one may also come in a page). */
export function withPage(
  items: readonly TimelineItem[],
  page: readonly TimelineItem[],
): TimelineItem[] {
  const known = new Set(items.map(keyOf));
  return [...items, ...page.filter((item) => !known.has(keyOf(item)))];
}

export function matchesChannel(
  communication: CommunicationResponse,
  channel: Channel | null,
): boolean {
  return channel === null || communication.channel === channel;
}

/** The timeline routes answer 404 NOT_FOUND (route unknown) on a server that predates them. */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND';
}
