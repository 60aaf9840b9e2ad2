import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import {
  invalidateUnreadCount,
  markReadInCache,
} from '@/features/notifications/utils/notification-cache';
import { apiClient } from '@/lib/api-client';

/** POST /notifications/:id/read. */
export async function markNotificationRead(notificationId: string): Promise<void> {
  await apiClient.post(`/notifications/${encodeURIComponent(notificationId)}/read`);
}

/**
 * Marks one notification read: shown read (and the badge lowered) at once, then the count is
 * asked again so it matches the server whatever happened.
 */
export function useMarkNotificationRead(): UseMutationResult<void, Error, string> {
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (notificationId) => markReadInCache(notificationId, new Date().toISOString()),
    onSettled: invalidateUnreadCount,
  });
}
