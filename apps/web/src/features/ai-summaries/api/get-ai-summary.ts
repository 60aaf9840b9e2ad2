import type { AiSummaryResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** How often a pending summary is asked about when the live event is late (or never comes). */
export const AI_SUMMARY_POLL_INTERVAL_MS = 4000;

/** GET /ai-summaries/:id. */
export async function getAiSummary(id: string, signal?: AbortSignal): Promise<AiSummaryResponse> {
  const response = await apiClient.get<AiSummaryResponse>(
    `/ai-summaries/${encodeURIComponent(id)}`,
    { signal },
  );
  return response.data;
}

export function aiSummaryQueryKey(organizationId: string | null, id: string): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'ai-summaries', 'id', id];
}

export function getAiSummaryQueryOptions(
  organizationId: string | null,
  id: string,
): AppQueryOptions<AiSummaryResponse> {
  return queryOptions({
    queryKey: aiSummaryQueryKey(organizationId, id),
    queryFn: ({ signal }) => getAiSummary(id, signal),
  });
}

export type UseAiSummaryPollingOptions = {
  /** Called with the summary once the API says it is `done` or `failed`. */
  onFinished: (summary: AiSummaryResponse) => void;
};

/**
 * Asks for a pending summary every few seconds until it is finished: the fallback for a live
 * event that was missed (the stream reconnecting, say). Stops by itself once it is not pending.
 */
export function useAiSummaryPolling(
  id: string,
  { onFinished }: UseAiSummaryPollingOptions,
): UseQueryResult<AiSummaryResponse> {
  const options = getAiSummaryQueryOptions(useOrganizationId(), id);
  return useQuery({
    ...options,
    queryFn: async (context) => {
      const summary = await getAiSummary(id, context.signal);
      // Handed on from here rather than from an effect: the answer arrives once, in one place.
      if (summary.status !== 'pending') onFinished(summary);
      return summary;
    },
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data?.status === 'pending' || query.state.data === undefined
        ? AI_SUMMARY_POLL_INTERVAL_MS
        : false,
    // A failed poll is no news: the next interval asks again.
    retry: false,
  });
}
