import type { MarkAllNotificationsReadResponse } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import {
  invalidateUnreadCount,
  markAllReadInCache,
} from '@/features/notifications/utils/notification-cache';
import { apiClient } from '@/lib/api-client';

/** POST /notifications/read-all. */
export async function markAllNotificationsRead(): Promise<MarkAllNotificationsReadResponse> {
  const response =
    await apiClient.post<MarkAllNotificationsReadResponse>('/notifications/read-all');
  return response.data;
}

/** "Marcar todas como lidas". */
export function useMarkAllNotificationsRead(): UseMutationResult<
  MarkAllNotificationsReadResponse,
  Error,
  void
> {
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => markAllReadInCache(new Date().toISOString()),
    onSettled: invalidateUnreadCount,
  });
}
