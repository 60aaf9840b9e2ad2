import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import {
  refreshActivities,
  removeCachedActivity,
} from '@/features/activities/utils/activity-cache';
import { apiClient } from '@/lib/api-client';

/** DELETE /activities/:id. */
export async function deleteActivity(id: string): Promise<void> {
  await apiClient.delete(`/activities/${encodeURIComponent(id)}`);
}

/** Deletes an activity and takes it off every list at once. */
export function useDeleteActivity(): UseMutationResult<void, Error, string> {
  return useMutation({
    mutationFn: deleteActivity,
    onSuccess: (_nothing, id) => {
      removeCachedActivity(id);
      refreshActivities();
    },
  });
}
