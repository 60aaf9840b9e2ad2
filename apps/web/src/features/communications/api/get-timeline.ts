import type { Channel, ListEnvelope, TimelineItem } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

export type GetTimelineParams = { cursor?: string; limit?: number; channel?: Channel };

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
