import type { ReadinessResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReadinessCheck } from '@/features/system-status/types/readiness';
import { isHealthDependency } from '@/features/system-status/utils/status-labels';
import { apiClient, ApiError } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';

export type { ReadinessResponse };

/**
 * GET /health/ready. Resolves when every configured dependency answers; a 503 rejects with an
 * ApiError whose `errors[].field` names each dependency that is down.
 */
export async function getReadiness(signal?: AbortSignal): Promise<ReadinessResponse> {
  const response = await apiClient.get<ReadinessResponse>('/health/ready', { signal });
  return response.data;
}

/** A 503 naming the dependencies that are down is an answer to show, not a failed check. */
async function checkReadiness(signal: AbortSignal): Promise<ReadinessCheck> {
  try {
    return { status: 'ready', data: await getReadiness(signal) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 503) throw error;
    const down = error.errors.map((item) => item.field).filter(isHealthDependency);
    if (down.length === 0) throw error;
    return { status: 'degraded', down };
  }
}

// Not an organisation's data: the same answer holds whichever organisation is current.
export const READINESS_QUERY_KEY: readonly unknown[] = ['system', 'readiness'];

export function getReadinessQueryOptions(): AppQueryOptions<ReadinessCheck> {
  return queryOptions({
    queryKey: READINESS_QUERY_KEY,
    queryFn: ({ signal }) => checkReadiness(signal),
    // The card promises the state as of now: each visit checks again.
    staleTime: 0,
  });
}

export function useReadiness(): UseQueryResult<ReadinessCheck> {
  return useQuery(getReadinessQueryOptions());
}
