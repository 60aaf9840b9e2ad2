import type { AiSummaryResponse, ListEnvelope } from '@loved/shared';
import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppInfiniteQueryOptions, AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export type GetAiSummariesParams = { lead_id: string; cursor?: string; limit?: number };

export type AiSummariesPage = ListEnvelope<AiSummaryResponse>;

export const AI_SUMMARY_HISTORY_PAGE_LIMIT = 10;

/** GET /ai-summaries?lead_id=&cursor=&limit=: a lead's summaries, newest first. */
export async function getAiSummaries(
  params: GetAiSummariesParams,
  signal?: AbortSignal,
): Promise<AiSummariesPage> {
  const response = await apiClient.get<AiSummariesPage>('/ai-summaries', { params, signal });
  return response.data;
}

/** Everything held about one lead's summaries: its latest and its history. */
export function leadAiSummariesQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'ai-summaries', 'lead', leadId];
}

export function latestAiSummaryQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...leadAiSummariesQueryKey(organizationId, leadId), 'latest'];
}

export function aiSummaryHistoryQueryKey(
  organizationId: string | null,
  leadId: string,
): readonly unknown[] {
  return [...leadAiSummariesQueryKey(organizationId, leadId), 'history'];
}

export function getLatestAiSummaryQueryOptions(
  organizationId: string | null,
  leadId: string,
): AppQueryOptions<AiSummaryResponse | null> {
  return queryOptions({
    queryKey: latestAiSummaryQueryKey(organizationId, leadId),
    // The list asked for one item: the lead detail's `latest_ai_summary` may not exist.
    queryFn: async ({ signal }): Promise<AiSummaryResponse | null> => {
      const page = await getAiSummaries({ lead_id: leadId, limit: 1 }, signal);
      return page.items[0] ?? null;
    },
  });
}

export function getAiSummaryHistoryQueryOptions(
  organizationId: string | null,
  leadId: string,
): AppInfiniteQueryOptions<AiSummariesPage> {
  return infiniteQueryOptions({
    queryKey: aiSummaryHistoryQueryKey(organizationId, leadId),
    queryFn: ({ pageParam, signal }) =>
      getAiSummaries(
        {
          lead_id: leadId,
          limit: AI_SUMMARY_HISTORY_PAGE_LIMIT,
          ...(pageParam ? { cursor: pageParam } : {}),
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** The lead's newest summary (pending, done or failed), or null when it has none yet. */
export function useLatestAiSummary(leadId: string): UseQueryResult<AiSummaryResponse | null> {
  return useQuery(getLatestAiSummaryQueryOptions(useOrganizationId(), leadId));
}

/** The lead's summaries page by page, newest first; the latest is among them. */
export function useAiSummaryHistory(
  leadId: string,
  options: { enabled?: boolean } = {},
): UseInfiniteQueryResult<InfiniteData<AiSummariesPage, string | undefined>> {
  return useInfiniteQuery({
    ...getAiSummaryHistoryQueryOptions(useOrganizationId(), leadId),
    enabled: options.enabled ?? true,
  });
}
