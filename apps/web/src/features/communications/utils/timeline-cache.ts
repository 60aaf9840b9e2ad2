import type { CommunicationResponse, ListEnvelope, TimelineItem } from '@loved/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { leadTimelinesQueryKey } from '@/features/communications/api/get-timeline';
import { withCommunicationInPages } from '@/features/communications/utils/timeline-items';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

type TimelineData = InfiniteData<ListEnvelope<TimelineItem>, string | undefined>;

/**
 * Shows a communication (recorded here, or arrived live; new or updated) on every loaded
 * timeline of its lead whose channel filter lets it through.
 */
export function addToTimelines(communication: CommunicationResponse): void {
  const prefix = leadTimelinesQueryKey(
    useSessionStore.getState().organizationId,
    communication.lead_id,
  );
  for (const [key, data] of queryClient.getQueriesData<TimelineData>({ queryKey: prefix })) {
    const channel = key.at(-1);
    if (!data || (channel !== 'all' && channel !== communication.channel)) continue;
    queryClient.setQueryData<TimelineData>(key, {
      ...data,
      pages: withCommunicationInPages(data.pages, communication),
    });
  }
}

/**
 * Reloads a lead's timelines after a change that writes a system line on the server (a stage
 * move, an activity done, a new owner): open ones refetch, others refetch when next shown.
 */
export function refreshLeadTimelines(leadId: string): void {
  void queryClient.invalidateQueries({
    queryKey: leadTimelinesQueryKey(useSessionStore.getState().organizationId, leadId),
  });
}
