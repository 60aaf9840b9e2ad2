import type { LeadResponse, ListEnvelope } from '@loved/shared';
import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppInfiniteQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export const LEAD_LIST_PAGE_LIMIT = 50;

export type LeadListPage = ListEnvelope<LeadResponse>;

export type GetLeadListParams = LeadListQuery & { cursor?: string; limit?: number };

/** GET /leads: one page of the leads the caller may see, filtered and sorted (keyset cursor). */
export async function getLeadList(
  params: GetLeadListParams,
  signal?: AbortSignal,
): Promise<LeadListPage> {
  const response = await apiClient.get<LeadListPage>('/leads', { params, signal });
  return response.data;
}

/** Every page of every query of the list, in this organisation (for invalidation). */
export function leadListRootKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'lead-list'];
}

export function leadListQueryKey(
  organizationId: string | null,
  query: LeadListQuery,
): readonly unknown[] {
  return [...leadListRootKey(organizationId), query];
}

export function getLeadListQueryOptions(
  organizationId: string | null,
  query: LeadListQuery,
): AppInfiniteQueryOptions<LeadListPage> {
  return infiniteQueryOptions({
    queryKey: leadListQueryKey(organizationId, query),
    queryFn: ({ pageParam, signal }) =>
      getLeadList(
        { ...query, limit: LEAD_LIST_PAGE_LIMIT, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
    // The team changes leads all day: coming back to the list asks again.
    staleTime: 0,
  });
}

/**
 * The list's leads for `query`, page by page. While another query loads, the previous rows
 * stay on screen (dimmed by the table) instead of a skeleton flashing at every keystroke.
 */
export function useLeadList(
  query: LeadListQuery,
): UseInfiniteQueryResult<InfiniteData<LeadListPage, string | undefined>> {
  return useInfiniteQuery({
    ...getLeadListQueryOptions(useOrganizationId(), query),
    placeholderData: keepPreviousData,
  });
}
