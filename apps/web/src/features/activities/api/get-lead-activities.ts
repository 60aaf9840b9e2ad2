import type { ActivityResponse, ListEnvelope, MAX_PAGE_LIMIT } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { leadActivitiesQueryKey } from '@/features/activities/utils/activity-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';

export type GetActivitiesParams = {
  lead_id?: string;
  assigned_user_id?: string;
  done?: boolean;
  cursor?: string;
  limit?: number;
};

const PAGE_LIMIT: typeof MAX_PAGE_LIMIT = 100;
/** A lead has a handful of activities; past this many pages the list stops rather than loop. */
const MAX_PAGES = 5;

/** GET /activities: one keyset page, ordered by due time. */
export async function getActivities(
  params: GetActivitiesParams,
  signal?: AbortSignal,
): Promise<ListEnvelope<ActivityResponse>> {
  const response = await apiClient.get<ListEnvelope<ActivityResponse>>('/activities', {
    params,
    signal,
  });
  return response.data;
}

/** Every activity of a lead, open and done, by due time (the panel counts the done ones). */
export async function getLeadActivities(
  leadId: string,
  signal?: AbortSignal,
): Promise<ActivityResponse[]> {
  const activities: ActivityResponse[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getActivities(
      { lead_id: leadId, limit: PAGE_LIMIT, ...(cursor ? { cursor } : {}) },
      signal,
    );
    activities.push(...result.items);
    if (!result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return activities;
}

export function getLeadActivitiesQueryOptions(
  organizationId: string | null,
  leadId: string,
): AppQueryOptions<ActivityResponse[]> {
  return queryOptions({
    queryKey: leadActivitiesQueryKey(organizationId, leadId),
    queryFn: ({ signal }) => getLeadActivities(leadId, signal),
  });
}

/** A lead's activities; mutations here and live lead updates keep them current. */
export function useLeadActivities(leadId: string): UseQueryResult<ActivityResponse[]> {
  return useQuery(getLeadActivitiesQueryOptions(useOrganizationId(), leadId));
}
