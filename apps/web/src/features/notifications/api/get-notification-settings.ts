import type { NotificationSettings } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { notificationSettingsQueryKey } from '@/features/notifications/api/notification-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';

/** GET /notifications/settings: the kinds the signed-in user muted. */
export async function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  const response = await apiClient.get<NotificationSettings>('/notifications/settings', {
    signal,
  });
  return response.data;
}

export function getNotificationSettingsQueryOptions(
  organizationId: string | null,
): AppQueryOptions<NotificationSettings> {
  return queryOptions({
    queryKey: notificationSettingsQueryKey(organizationId),
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });
}

export function useNotificationSettings(): UseQueryResult<NotificationSettings> {
  return useQuery(getNotificationSettingsQueryOptions(useOrganizationId()));
}
