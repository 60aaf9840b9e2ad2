import type { AnalyticsQuery, WinRateResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/win-rate: leads won and lost in the period, the win rate and the average cycle. */
export function getWinRate(query: AnalyticsQuery, signal?: AbortSignal): Promise<WinRateResponse> {
  return getAnalyticsReport<WinRateResponse>('win-rate', query, signal);
}

export function getWinRateQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<WinRateResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'win-rate', query),
    queryFn: ({ signal }) => getWinRate(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function useWinRate(query: AnalyticsQuery): UseQueryResult<WinRateResponse> {
  return useQuery(getWinRateQueryOptions(useOrganizationId(), query));
}
