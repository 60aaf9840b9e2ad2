import type { NotificationUnreadCountResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { unreadNotificationCountQueryKey } from '@/features/notifications/api/notification-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /notifications/unread-count: how many of the user's notifications are unread. */
export async function getUnreadNotificationCount(
  signal?: AbortSignal,
): Promise<NotificationUnreadCountResponse> {
  const response = await apiClient.get<NotificationUnreadCountResponse>(
    '/notifications/unread-count',
    { signal },
  );
  return response.data;
}

export function getUnreadNotificationCountQueryOptions(
  organizationId: string | null,
): AppQueryOptions<NotificationUnreadCountResponse> {
  return queryOptions({
    queryKey: unreadNotificationCountQueryKey(organizationId),
    queryFn: ({ signal }) => getUnreadNotificationCount(signal),
    // Live events bump it and a reconnect refetches it, so it never needs to go stale by time.
    staleTime: Infinity,
  });
}

/** The bell's badge. */
export function useUnreadNotificationCount(): UseQueryResult<NotificationUnreadCountResponse> {
  return useQuery(getUnreadNotificationCountQueryOptions(useOrganizationId()));
}
