import type { ActivityResponse, UpdateActivityRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { putCachedActivity, refreshActivities } from '@/features/activities/utils/activity-cache';
import { apiClient } from '@/lib/api-client';

export type UpdateActivityInput = { id: string; body: UpdateActivityRequest };

/** PATCH /activities/:id: any field; `done` completes or reopens it. */
export async function updateActivity(
  id: string,
  body: UpdateActivityRequest,
): Promise<ActivityResponse> {
  const response = await apiClient.patch<ActivityResponse>(
    `/activities/${encodeURIComponent(id)}`,
    body,
  );
  return response.data;
}

/** Saves an edited activity; every list showing it takes the saved copy, then reloads. */
export function useUpdateActivity(): UseMutationResult<
  ActivityResponse,
  Error,
  UpdateActivityInput
> {
  return useMutation({
    mutationFn: ({ id, body }: UpdateActivityInput) => updateActivity(id, body),
    onSuccess: (saved) => {
      putCachedActivity(saved);
      refreshActivities();
    },
  });
}
