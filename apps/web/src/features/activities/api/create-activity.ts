import type { ActivityResponse, CreateActivityRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { addCachedActivity, refreshActivities } from '@/features/activities/utils/activity-cache';
import { apiClient } from '@/lib/api-client';

/** POST /activities: 400 with per-field `errors`; 404 when the lead is not there. */
export async function createActivity(body: CreateActivityRequest): Promise<ActivityResponse> {
  const response = await apiClient.post<ActivityResponse>('/activities', body);
  return response.data;
}

/** Schedules an activity; its lead's list shows it at once, "Minha agenda" reloads. */
export function useCreateActivity(): UseMutationResult<
  ActivityResponse,
  Error,
  CreateActivityRequest
> {
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (created) => {
      addCachedActivity(created);
      refreshActivities();
    },
  });
}
