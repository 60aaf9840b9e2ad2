import type { AnalyticsQuery, FunnelResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/funnel: how many leads created in the period reached each stage. */
export function getFunnel(query: AnalyticsQuery, signal?: AbortSignal): Promise<FunnelResponse> {
  return getAnalyticsReport<FunnelResponse>('funnel', query, signal);
}

export function getFunnelQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<FunnelResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'funnel', query),
    queryFn: ({ signal }) => getFunnel(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function useFunnel(query: AnalyticsQuery): UseQueryResult<FunnelResponse> {
  return useQuery(getFunnelQueryOptions(useOrganizationId(), query));
}
