import type { ListEnvelope, NotificationResponse } from '@loved/shared';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { notificationListQueryKey } from '@/features/notifications/api/notification-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppInfiniteQueryOptions } from '@/lib/query-options';

export type GetNotificationsParams = { unread?: boolean; cursor?: string; limit?: number };

export const NOTIFICATIONS_PAGE_LIMIT = 20;

/** GET /notifications: the signed-in user's notifications, newest first. */
export async function getNotifications(
  params: GetNotificationsParams,
  signal?: AbortSignal,
): Promise<ListEnvelope<NotificationResponse>> {
  const response = await apiClient.get<ListEnvelope<NotificationResponse>>('/notifications', {
    params,
    signal,
  });
  return response.data;
}

export function getNotificationsQueryOptions(
  organizationId: string | null,
  unreadOnly: boolean,
): AppInfiniteQueryOptions<ListEnvelope<NotificationResponse>> {
  return infiniteQueryOptions({
    queryKey: notificationListQueryKey(organizationId, unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      getNotifications(
        {
          ...(unreadOnly ? { unread: true } : {}),
          ...(pageParam ? { cursor: pageParam } : {}),
          limit: NOTIFICATIONS_PAGE_LIMIT,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next_cursor ?? undefined,
  });
}

/** The user's notifications page by page ("Carregar mais"); live events add new ones on top. */
export function useNotifications(
  unreadOnly = false,
): UseInfiniteQueryResult<InfiniteData<ListEnvelope<NotificationResponse>, string | undefined>> {
  return useInfiniteQuery(getNotificationsQueryOptions(useOrganizationId(), unreadOnly));
}
