import type { ApiKeyResponse, ListEnvelope } from '@loved/shared';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppInfiniteQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export type ApiKeysPage = ListEnvelope<ApiKeyResponse>;

export type ApiKeysData = InfiniteData<ApiKeysPage, string | undefined>;

/** GET /api-keys (admin): the organisation's live keys, never their secrets. */
export async function getApiKeys(cursor?: string, signal?: AbortSignal): Promise<ApiKeysPage> {
  const response = await apiClient.get<ApiKeysPage>('/api-keys', {
    params: cursor ? { cursor } : {},
    signal,
  });
  return { items: response.data.items, next_cursor: response.data.next_cursor ?? null };
}

export function apiKeysQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'api-keys'];
}

export function getApiKeysQueryOptions(
  organizationId: string | null,
): AppInfiniteQueryOptions<ApiKeysPage> {
  return infiniteQueryOptions({
    queryKey: apiKeysQueryKey(organizationId),
    queryFn: ({ pageParam, signal }) => getApiKeys(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** The organisation's API keys, page by page. */
export function useApiKeys(): UseInfiniteQueryResult<ApiKeysData> {
  return useInfiniteQuery(getApiKeysQueryOptions(useOrganizationId()));
}
