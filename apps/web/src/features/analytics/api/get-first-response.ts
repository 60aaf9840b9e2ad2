import type { AnalyticsQuery, FirstResponseResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/first-response: time to the first reply, by person and channel. */
export function getFirstResponse(
  query: AnalyticsQuery,
  signal?: AbortSignal,
): Promise<FirstResponseResponse> {
  return getAnalyticsReport<FirstResponseResponse>('first-response', query, signal);
}

export function getFirstResponseQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<FirstResponseResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'first-response', query),
    queryFn: ({ signal }) => getFirstResponse(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function useFirstResponse(query: AnalyticsQuery): UseQueryResult<FirstResponseResponse> {
  return useQuery(getFirstResponseQueryOptions(useOrganizationId(), query));
}
