import type { ActivityResponse } from '@loved/shared';
import { useCallback } from 'react';
import { useAssigneeOptions } from '@/app/compositions/use-assignee-options';
import type { ActivityAssigneeOption } from '@/features/activities/types/activity-form';
import { DEFAULT_TIME_ZONE } from '@/features/activities/utils/activity-constants';
import { leadTimelinesQueryKey } from '@/features/communications/api/get-timeline';
import { useCurrentOrganization } from '@/features/organizations/api/get-current-organization';
import { queryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session.store';

export type ActivityOptions = {
  /** The organisation's zone: dates and times of activities are its wall clock. */
  timeZone: string;
  assignees: ActivityAssigneeOption[];
  currentUserId: string | null;
  /** After an activity changed: its lead's timeline may have a new line ("concluiu…"). */
  handleActivityChanged: (activity: ActivityResponse) => void;
};

/**
 * What the activities feature needs from the organisation, the team and the timeline, which are
 * separate features: composed here, once, for every screen that schedules or completes one.
 */
export function useActivityOptions(): ActivityOptions {
  const organization = useCurrentOrganization();
  const { assignees } = useAssigneeOptions();
  const currentUserId = useSessionStore((state) => state.user?.id ?? null);
  const handleActivityChanged = useCallback((activity: ActivityResponse) => {
    const organizationId = useSessionStore.getState().organizationId;
    void queryClient.invalidateQueries({
      queryKey: leadTimelinesQueryKey(organizationId, activity.lead_id),
    });
  }, []);
  return {
    timeZone: organization.data?.time_zone ?? DEFAULT_TIME_ZONE,
    assignees,
    currentUserId,
    handleActivityChanged,
  };
}
