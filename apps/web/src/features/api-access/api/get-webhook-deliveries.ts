import type { ListEnvelope, WebhookDeliveryResponse } from '@loved/shared';
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

export type WebhookDeliveriesPage = ListEnvelope<WebhookDeliveryResponse>;

export type WebhookDeliveriesData = InfiniteData<WebhookDeliveriesPage, string | undefined>;

const DELIVERIES_PAGE_LIMIT = 20;

/** While a delivery waits for an attempt, the log asks again this often to show its outcome. */
const PENDING_REFETCH_MS = 2_000;

/** GET /webhook-endpoints/:id/deliveries (admin): one endpoint's deliveries, newest first. */
export async function getWebhookDeliveries(
  endpointId: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<WebhookDeliveriesPage> {
  const response = await apiClient.get<WebhookDeliveriesPage>(
    `/webhook-endpoints/${encodeURIComponent(endpointId)}/deliveries`,
    { params: { limit: DELIVERIES_PAGE_LIMIT, ...(cursor ? { cursor } : {}) }, signal },
  );
  return { items: response.data.items, next_cursor: response.data.next_cursor ?? null };
}

export function webhookDeliveriesQueryKey(
  organizationId: string | null,
  endpointId: string,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'webhook-endpoints', endpointId, 'deliveries'];
}

function hasPending(data: WebhookDeliveriesData | undefined): boolean {
  return (
    data?.pages.some((page) => page.items.some((delivery) => delivery.status === 'pending')) ??
    false
  );
}

export function getWebhookDeliveriesQueryOptions(
  organizationId: string | null,
  endpointId: string,
): AppInfiniteQueryOptions<WebhookDeliveriesPage> {
  return infiniteQueryOptions({
    queryKey: webhookDeliveriesQueryKey(organizationId, endpointId),
    queryFn: ({ pageParam, signal }) => getWebhookDeliveries(endpointId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
    refetchInterval: (query) => (hasPending(query.state.data) ? PENDING_REFETCH_MS : false),
  });
}

/** An endpoint's delivery log, page by page; polled while a delivery is still pending. */
export function useWebhookDeliveries(
  endpointId: string,
): UseInfiniteQueryResult<WebhookDeliveriesData> {
  return useInfiniteQuery(getWebhookDeliveriesQueryOptions(useOrganizationId(), endpointId));
}
