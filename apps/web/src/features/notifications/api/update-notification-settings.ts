import type { NotificationSettings } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { notificationSettingsQueryKey } from '@/features/notifications/api/notification-query-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import { queryClient } from '@/lib/query-client';

/** PUT /notifications/settings: the whole list of muted kinds. */
export async function updateNotificationSettings(
  body: NotificationSettings,
): Promise<NotificationSettings> {
  const response = await apiClient.put<NotificationSettings>('/notifications/settings', body);
  return response.data;
}

type UpdateContext = { previous: NotificationSettings | undefined };

/** Saves the muted kinds; the switches move at once and move back if the save fails. */
export function useUpdateNotificationSettings(): UseMutationResult<
  NotificationSettings,
  Error,
  NotificationSettings,
  UpdateContext
> {
  const queryKey = notificationSettingsQueryKey(useOrganizationId());
  return useMutation({
    mutationFn: updateNotificationSettings,
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<NotificationSettings>(queryKey);
      queryClient.setQueryData<NotificationSettings>(queryKey, next);
      return { previous };
    },
    onError: (_error, _next, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
}
