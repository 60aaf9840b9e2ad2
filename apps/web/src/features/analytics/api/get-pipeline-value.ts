import type { AnalyticsQuery, PipelineValueResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  ANALYTICS_STALE_TIME_MS,
  analyticsQueryKey,
  getAnalyticsReport,
} from '@/features/analytics/api/analytics-request';
import { useOrganizationId } from '@/hooks/use-organization-id';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /analytics/pipeline-value: open leads now, by stage and by owner (the period is ignored). */
export function getPipelineValue(
  query: AnalyticsQuery,
  signal?: AbortSignal,
): Promise<PipelineValueResponse> {
  return getAnalyticsReport<PipelineValueResponse>('pipeline-value', query, signal);
}

export function getPipelineValueQueryOptions(
  organizationId: string | null,
  query: AnalyticsQuery,
): AppQueryOptions<PipelineValueResponse> {
  return queryOptions({
    queryKey: analyticsQueryKey(organizationId, 'pipeline-value', query),
    queryFn: ({ signal }) => getPipelineValue(query, signal),
    staleTime: ANALYTICS_STALE_TIME_MS,
  });
}

export function usePipelineValue(query: AnalyticsQuery): UseQueryResult<PipelineValueResponse> {
  return useQuery(getPipelineValueQueryOptions(useOrganizationId(), query));
}
