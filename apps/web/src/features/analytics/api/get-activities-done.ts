import type { AnalyticsQuery, ActivitiesDoneResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/activities: activities completed in the period and open overdue ones, by person. */
export function getActivitiesDone(
  query: AnalyticsQuery,
  signal?: AbortSignal,
): Promise<ActivitiesDoneResponse> {
  return getAnalyticsReport<ActivitiesDoneResponse>('activities', query, signal);
}

export function getActivitiesDoneQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<ActivitiesDoneResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'activities', query),
    queryFn: ({ signal }) => getActivitiesDone(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function useActivitiesDone(query: AnalyticsQuery): UseQueryResult<ActivitiesDoneResponse> {
  return useQuery(getActivitiesDoneQueryOptions(useOrganizationId(), query));
}
