import type { AnalyticsQuery, LostReasonsResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/lost-reasons: leads lost in the period, by reason. */
export function getLostReasons(
  query: AnalyticsQuery,
  signal?: AbortSignal,
): Promise<LostReasonsResponse> {
  return getAnalyticsReport<LostReasonsResponse>('lost-reasons', query, signal);
}

export function getLostReasonsQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<LostReasonsResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'lost-reasons', query),
    queryFn: ({ signal }) => getLostReasons(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function useLostReasons(query: AnalyticsQuery): UseQueryResult<LostReasonsResponse> {
  return useQuery(getLostReasonsQueryOptions(useOrganizationId(), query));
}
