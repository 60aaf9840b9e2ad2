import type { ListEnvelope, WebhookEventResponse } from '@loved/shared';
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

/**
 * A page as the API answers it: `data` in the WhatsApp contract, `items` in the API's usual
 * envelope. The SPA holds it as the usual envelope.
 */
type WebhookEventsBody = {
  data?: WebhookEventResponse[];
  items?: WebhookEventResponse[];
  next_cursor: string | null;
};

export type WebhookEventsPage = ListEnvelope<WebhookEventResponse>;

export type GetWhatsAppEventsParams = { status: 'failed'; limit?: number; cursor?: string };

const EVENTS_PAGE_LIMIT = 20;

/** GET /integrations/whatsapp/events?status=failed (admin): newest first, by cursor. */
export async function getWhatsAppEvents(
  params: GetWhatsAppEventsParams,
  signal?: AbortSignal,
): Promise<WebhookEventsPage> {
  const response = await apiClient.get<WebhookEventsBody>('/integrations/whatsapp/events', {
    params,
    signal,
  });
  const body = response.data;
  return { items: body.data ?? body.items ?? [], next_cursor: body.next_cursor ?? null };
}

export function failedWhatsAppEventsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'integrations', 'whatsapp', 'events', 'failed'];
}

export function getFailedWhatsAppEventsQueryOptions(
  organizationId: string | null,
): AppInfiniteQueryOptions<WebhookEventsPage> {
  return infiniteQueryOptions({
    queryKey: failedWhatsAppEventsQueryKey(organizationId),
    queryFn: ({ pageParam, signal }) =>
      getWhatsAppEvents(
        { status: 'failed', limit: EVENTS_PAGE_LIMIT, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** Webhook events that failed for good, page by page. */
export function useFailedWhatsAppEvents(): UseInfiniteQueryResult<
  InfiniteData<WebhookEventsPage, string | undefined>
> {
  return useInfiniteQuery(getFailedWhatsAppEventsQueryOptions(useOrganizationId()));
}
