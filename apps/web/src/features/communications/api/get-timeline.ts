import type { Channel, ListEnvelope, TimelineItem } from '@loved/shared';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type UseInfiniteQueryResult,
  type InfiniteData,
} from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppInfiniteQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export type GetTimelineParams = { cursor?: string; limit?: number; channel?: Channel };

export const TIMELINE_PAGE_LIMIT = 30;

/** GET /communications/timeline/:leadId: newest first, communications and system lines. */
export async function getTimeline(
  leadId: string,
  params: GetTimelineParams,
  signal?: AbortSignal,
): Promise<ListEnvelope<TimelineItem>> {
  const response = await apiClient.get<ListEnvelope<TimelineItem>>(
    `/communications/timeline/${encodeURIComponent(leadId)}`,
    { params, signal },
  );
  return response.data;
}

/** Every timeline of a lead, whatever its channel filter. */
export function leadTimelinesQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'timeline', leadId];
}

export function timelineQueryKey(
  organizationId: string | null,
  leadId: string,
  channel: Channel | null,
): readonly unknown[] {
  return [...leadTimelinesQueryKey(organizationId, leadId), channel ?? 'all'];
}

export function getTimelineQueryOptions(
  organizationId: string | null,
  leadId: string,
  channel: Channel | null,
): AppInfiniteQueryOptions<ListEnvelope<TimelineItem>> {
  return infiniteQueryOptions({
    queryKey: timelineQueryKey(organizationId, leadId, channel),
    queryFn: ({ pageParam, signal }) =>
      getTimeline(
        leadId,
        {
          ...(pageParam ? { cursor: pageParam } : {}),
          limit: TIMELINE_PAGE_LIMIT,
          ...(channel ? { channel } : {}),
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** A lead's timeline, page by page (older pages on demand); live events keep it current. */
export function useTimeline(
  leadId: string,
  channel: Channel | null,
): UseInfiniteQueryResult<InfiniteData<ListEnvelope<TimelineItem>, string | undefined>> {
  return useInfiniteQuery(getTimelineQueryOptions(useOrganizationId(), leadId, channel));
}
