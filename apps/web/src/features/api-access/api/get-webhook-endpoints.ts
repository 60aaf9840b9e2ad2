import type { ListEnvelope, WebhookEndpointResponse } from '@loved/shared';
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

export type WebhookEndpointsPage = ListEnvelope<WebhookEndpointResponse>;

export type WebhookEndpointsData = InfiniteData<WebhookEndpointsPage, string | undefined>;

/** GET /webhook-endpoints (admin): where the organisation's events are sent, never the secrets. */
export async function getWebhookEndpoints(
  cursor?: string,
  signal?: AbortSignal,
): Promise<WebhookEndpointsPage> {
  const response = await apiClient.get<WebhookEndpointsPage>('/webhook-endpoints', {
    params: cursor ? { cursor } : {},
    signal,
  });
  return { items: response.data.items, next_cursor: response.data.next_cursor ?? null };
}

export function webhookEndpointsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'webhook-endpoints'];
}

export function getWebhookEndpointsQueryOptions(
  organizationId: string | null,
): AppInfiniteQueryOptions<WebhookEndpointsPage> {
  return infiniteQueryOptions({
    queryKey: webhookEndpointsQueryKey(organizationId),
    queryFn: ({ pageParam, signal }) => getWebhookEndpoints(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** The organisation's webhook endpoints, page by page. */
export function useWebhookEndpoints(): UseInfiniteQueryResult<WebhookEndpointsData> {
  return useInfiniteQuery(getWebhookEndpointsQueryOptions(useOrganizationId()));
}
