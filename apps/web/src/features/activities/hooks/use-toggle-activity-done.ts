import type { ActivityResponse } from '@loved/shared';
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import { updateActivity } from '@/features/activities/api/update-activity';
import {
  patchCachedActivity,
  putCachedActivity,
  refreshActivities,
  restoreActivities,
  snapshotActivities,
  type ActivitiesSnapshot,
} from '@/features/activities/utils/activity-cache';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

type ToggleInput = { activity: ActivityResponse; done: boolean };

export type ToggleActivityDone = (activity: ActivityResponse, done: boolean) => void;

/**
 * One click completes (or reopens) an activity: every list shows it at once, the request
 * follows, and a refusal puts the lists back and says why.
 */
export function useToggleActivityDone(
  onChanged?: (activity: ActivityResponse) => void,
): ToggleActivityDone {
  const { t, dictionary } = useTranslation();
  const { mutate } = useMutation<ActivityResponse, Error, ToggleInput, ActivitiesSnapshot>({
    mutationFn: ({ activity, done }) => updateActivity(activity.id, { done }),
    onMutate: async ({ activity, done }) => {
      const snapshot = await snapshotActivities();
      patchCachedActivity(activity.id, (current) => ({
        ...current,
        done,
        done_at: done ? new Date().toISOString() : null,
      }));
      return snapshot;
    },
    onError: (error, _input, snapshot) => {
      if (snapshot) restoreActivities(snapshot);
      showToast({
        title: t('activities.item.toggleFailed'),
        description: describeError(error, t, dictionary),
        variant: 'destructive',
      });
    },
    onSuccess: (saved) => {
      putCachedActivity(saved);
      refreshActivities();
      onChanged?.(saved);
    },
  });
  return useCallback<ToggleActivityDone>((activity, done) => mutate({ activity, done }), [mutate]);
}
