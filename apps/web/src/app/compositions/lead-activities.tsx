import { useActivityOptions } from '@/app/compositions/use-activity-options';
import { LeadActivitiesPanel } from '@/features/activities/components/lead-activities-panel';

export type LeadActivitiesProps = {
  leadId: string;
  leadName?: string;
};

/** The lead's "Atividades" panel, with the organisation's zone and the team composed in. */
export function LeadActivities({ leadId, leadName }: LeadActivitiesProps): React.JSX.Element {
  const { timeZone, assignees, currentUserId, handleActivityChanged } = useActivityOptions();
  return (
    <LeadActivitiesPanel
      leadId={leadId}
      leadName={leadName}
      timeZone={timeZone}
      assignees={assignees}
      currentUserId={currentUserId}
      onChanged={handleActivityChanged}
    />
  );
}
