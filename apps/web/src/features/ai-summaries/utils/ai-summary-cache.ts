import type { AiSummaryResponse } from '@loved/shared';
import type { InfiniteData } from '@tanstack/react-query';
import {
  aiSummaryHistoryQueryKey,
  latestAiSummaryQueryKey,
  type AiSummariesPage,
} from '@/features/ai-summaries/api/get-ai-summaries';
import { aiSummaryQueryKey } from '@/features/ai-summaries/api/get-ai-summary';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

type HistoryData = InfiniteData<AiSummariesPage, string | undefined>;

/**
 * Whether `incoming` may replace `held` (the same summary): a summary only moves from pending
 * to finished, so the 202 of the request arriving after the live event cannot undo it.
 */
function supersedes(incoming: AiSummaryResponse, held: AiSummaryResponse): boolean {
  return held.status === 'pending' || incoming.status !== 'pending';
}

/** Whether `summary` is at least as new as `other` (ISO timestamps compare as text). */
function isNewerThan(summary: AiSummaryResponse, other: AiSummaryResponse): boolean {
  return summary.created_at >= other.created_at;
}

function withLatest(
  held: AiSummaryResponse | null,
  incoming: AiSummaryResponse,
): AiSummaryResponse | null {
  if (held === null) return incoming;
  if (held.id === incoming.id) return supersedes(incoming, held) ? incoming : held;
  return isNewerThan(incoming, held) ? incoming : held;
}

/** The history's pages with `incoming` replaced where it is, or on top when it is new. */
export function withSummaryInPages(
  pages: AiSummariesPage[],
  incoming: AiSummaryResponse,
): AiSummariesPage[] {
  const isHeld = pages.some((page) => page.items.some((item) => item.id === incoming.id));
  if (isHeld) {
    return pages.map((page) => ({
      ...page,
      items: page.items.map((item) =>
        item.id === incoming.id && supersedes(incoming, item) ? incoming : item,
      ),
    }));
  }
  const [first, ...rest] = pages;
  const newest = first?.items[0];
  // Older than what is loaded: it belongs to a page not fetched yet, which will bring it.
  if (!first || (newest && !isNewerThan(incoming, newest))) return pages;
  return [{ ...first, items: [incoming, ...first.items] }, ...rest];
}

/**
 * A summary as the server sent it (the 202 of a request, the live `ai_summary.ready`, a poll):
 * the lead's latest and history follow it, wherever they are loaded. Nothing is fetched for
 * lists not loaded yet: they get it when they are.
 */
export function receiveAiSummary(summary: AiSummaryResponse): void {
  const organizationId = useSessionStore.getState().organizationId;
  const latestKey = latestAiSummaryQueryKey(organizationId, summary.lead_id);
  if (queryClient.getQueryData(latestKey) !== undefined) {
    queryClient.setQueryData<AiSummaryResponse | null>(latestKey, (held) =>
      withLatest(held ?? null, summary),
    );
  }
  queryClient.setQueryData<HistoryData>(
    aiSummaryHistoryQueryKey(organizationId, summary.lead_id),
    (data) => data && { ...data, pages: withSummaryInPages(data.pages, summary) },
  );
  queryClient.setQueryData<AiSummaryResponse>(
    aiSummaryQueryKey(organizationId, summary.id),
    (held) => held && (supersedes(summary, held) ? summary : held),
  );
}
