import type { CommunicationResponse, ListEnvelope, TimelineItem } from '@loved/shared';
import { ApiError } from '@/lib/api-client';

type CommunicationItem = Extract<TimelineItem, { type: 'communication' }>;

/** Who wrote a communication in the CRM, as a timeline item names them. */
export type TimelineAuthor = CommunicationItem['author'];

/**
 * A communication as a timeline item. One that arrives outside the paging (live, or just
 * recorded here) carries no author's name: the timeline names it from `author_user_id`.
 */
export function itemOf(
  communication: CommunicationResponse,
  author: TimelineAuthor = null,
): TimelineItem {
  return {
    type: 'communication',
    id: communication.id,
    occurred_at: communication.sent_at,
    communication,
    author,
  };
}

/** The author an item already shown carries, kept when a newer copy of it replaces it. */
const authorOf = (item: TimelineItem | undefined): TimelineAuthor =>
  item?.type === 'communication' ? item.author : null;

const keyOf = (item: TimelineItem): string =>
  item.type === 'communication' ? `c:${item.communication.id}` : `s:${item.id}`;

/** Newest first, as the API orders them (ties by id, descending). */
function compareNewestFirst(a: TimelineItem, b: TimelineItem): number {
  if (a.occurred_at !== b.occurred_at) return a.occurred_at < b.occurred_at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Whether `communication` is an older copy of the one shown: the answer to a send can arrive
 * after the live event of its delivery tick, and must not take the tick back.
 */
function isOlderCopy(
  communication: CommunicationResponse,
  shown: TimelineItem | undefined,
): boolean {
  if (shown?.type !== 'communication') return false;
  // Compared as instants: the same moment may be written with or without milliseconds.
  return Date.parse(shown.communication.updated_at) > Date.parse(communication.updated_at);
}

/**
 * Adds a communication that arrived outside the paging (live, or just recorded here) in time
 * order; one already shown is replaced by a copy at least as recent, never doubled. Items older than the last loaded one
 * wait for their page.
 */
export function withCommunication(
  items: readonly TimelineItem[],
  communication: CommunicationResponse,
  hasMore: boolean,
): TimelineItem[] {
  const key = keyOf(itemOf(communication));
  const existing = items.findIndex((candidate) => keyOf(candidate) === key);
  if (existing !== -1) {
    const shown = items[existing];
    if (isOlderCopy(communication, shown)) return [...items];
    const updated = itemOf(communication, authorOf(shown));
    return items.map((candidate, index) => (index === existing ? updated : candidate));
  }
  const item = itemOf(communication);
  const last = items.at(-1);
  if (hasMore && last && compareNewestFirst(item, last) > 0) return [...items];
  return [...items, item].sort(compareNewestFirst);
}

export type TimelinePage = ListEnvelope<TimelineItem>;

/**
 * The same for a timeline held page by page: a communication already on a page is replaced
 * there; a new one goes into the first page whose items reach back past it, or waits for a
 * page not loaded yet.
 */
export function withCommunicationInPages(
  pages: readonly TimelinePage[],
  communication: CommunicationResponse,
): TimelinePage[] {
  const item = itemOf(communication);
  const key = keyOf(item);
  const holder = pages.findIndex((page) => page.items.some((each) => keyOf(each) === key));
  const target =
    holder !== -1
      ? holder
      : pages.findIndex((page, index) => {
          const last = page.items.at(-1);
          const isLastPage = index === pages.length - 1;
          return !last || compareNewestFirst(item, last) <= 0 || isLastPage;
        });
  if (target === -1) return [...pages];
  return pages.map((page, index) =>
    index === target
      ? {
          ...page,
          items: withCommunication(page.items, communication, page.next_cursor !== null),
        }
      : page,
  );
}

/** Every loaded page in one list, each item once. */
export function timelineItemsOf(pages: readonly TimelinePage[]): TimelineItem[] {
  return pages.reduce<TimelineItem[]>((items, page) => withPage(items, page.items), []);
}

/** Appends a page, skipping items already shown (a live one may also come in a page). */
export function withPage(
  items: readonly TimelineItem[],
  page: readonly TimelineItem[],
): TimelineItem[] {
  const known = new Set(items.map(keyOf));
  return [...items, ...page.filter((item) => !known.has(keyOf(item)))];
}

/** The timeline routes answer 404 NOT_FOUND (route unknown) on a server that predates them. */
export function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND';
}
