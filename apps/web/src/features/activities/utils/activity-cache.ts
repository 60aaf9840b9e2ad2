import type { ActivityResponse, MyDayResponse } from '@loved/shared';
import type { QueryKey } from '@tanstack/react-query';
import {
  activitiesQueryKey,
  leadActivitiesQueryKey,
} from '@/features/activities/utils/activity-query-keys';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

/** What the activity queries hold: a lead's list, or "Minha agenda"'s three groups. */
type ActivitiesData = ActivityResponse[] | MyDayResponse;

export type ActivitiesSnapshot = ReadonlyArray<readonly [QueryKey, ActivitiesData | undefined]>;

function prefix(): readonly unknown[] {
  return activitiesQueryKey(useSessionStore.getState().organizationId);
}

function mapData(
  data: ActivitiesData,
  change: (list: ActivityResponse[]) => ActivityResponse[],
): ActivitiesData {
  if (Array.isArray(data)) return change(data);
  return {
    ...data,
    overdue: change(data.overdue),
    today: change(data.today),
    upcoming: change(data.upcoming),
  };
}

function updateAll(change: (list: ActivityResponse[]) => ActivityResponse[]): void {
  for (const [key, data] of queryClient.getQueriesData<ActivitiesData>({ queryKey: prefix() })) {
    if (data) queryClient.setQueryData<ActivitiesData>(key, mapData(data, change));
  }
}

/** The cached lists as they are now, to put back if an optimistic change is refused. */
export async function snapshotActivities(): Promise<ActivitiesSnapshot> {
  // A fetch landing after the optimistic change would overwrite it with the old state.
  await queryClient.cancelQueries({ queryKey: prefix() });
  return queryClient.getQueriesData<ActivitiesData>({ queryKey: prefix() });
}

export function restoreActivities(snapshot: ActivitiesSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

/** Changes one activity wherever a list shows it. */
export function patchCachedActivity(
  id: string,
  patch: (activity: ActivityResponse) => ActivityResponse,
): void {
  updateAll((list) =>
    list.some((activity) => activity.id === id)
      ? list.map((activity) => (activity.id === id ? patch(activity) : activity))
      : list,
  );
}

/** The server's copy of an activity replaces the cached one, wherever it is shown. */
export function putCachedActivity(saved: ActivityResponse): void {
  patchCachedActivity(saved.id, () => saved);
}

export function removeCachedActivity(id: string): void {
  updateAll((list) =>
    list.some((activity) => activity.id === id)
      ? list.filter((activity) => activity.id !== id)
      : list,
  );
}

/** A new activity joins its lead's loaded list at once, in due order. */
export function addCachedActivity(created: ActivityResponse): void {
  const key = leadActivitiesQueryKey(useSessionStore.getState().organizationId, created.lead_id);
  const list = queryClient.getQueryData<ActivityResponse[]>(key);
  if (!list || list.some((activity) => activity.id === created.id)) return;
  queryClient.setQueryData<ActivityResponse[]>(
    key,
    [...list, created].sort((a, b) => a.due_at.localeCompare(b.due_at)),
  );
}

/** Reloads every list of activities (another user or tab changed some). */
export function refreshActivities(): void {
  void queryClient.invalidateQueries({ queryKey: prefix() });
}

/** Live events come in bursts (a bulk assignment): one reload for the lot. */
const LIVE_REFRESH_DELAY_MS = 500;
let liveRefresh: ReturnType<typeof setTimeout> | undefined;

/** Reloads the lists shortly, once however many live changes arrive meanwhile. */
export function refreshActivitiesSoon(): void {
  if (liveRefresh !== undefined) return;
  liveRefresh = setTimeout(() => {
    liveRefresh = undefined;
    refreshActivities();
  }, LIVE_REFRESH_DELAY_MS);
}
