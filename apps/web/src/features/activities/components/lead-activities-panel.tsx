import type { ActivityResponse } from '@loved/shared';
import { CalendarPlus, ChevronDown } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useLeadActivities } from '@/features/activities/api/get-lead-activities';
import { ActivityFormDialog } from '@/features/activities/components/activity-form-dialog';
import { DeleteActivityDialog } from '@/features/activities/components/delete-activity-dialog';
import { LeadActivityItem } from '@/features/activities/components/lead-activity-item';
import { useToggleActivityDone } from '@/features/activities/hooks/use-toggle-activity-done';
import type { ActivityAssigneeOption } from '@/features/activities/types/activity-form';
import { cn } from '@/lib/cn';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadActivitiesPanelProps = {
  leadId: string;
  leadName?: string;
  timeZone: string;
  assignees: ActivityAssigneeOption[];
  currentUserId: string | null;
  /** An activity was created, edited, completed, reopened or deleted (e.g. refresh the timeline). */
  onChanged?: (activity: ActivityResponse) => void;
};

type Editing = { activity?: ActivityResponse } | null;

/**
 * "Atividades" on the lead page: the open ones by due time (late ones in red) with a one-click
 * done box, edit and delete; the done ones folded under "Concluídas (n)"; "Agendar atividade".
 */
export function LeadActivitiesPanel({
  leadId,
  leadName,
  timeZone,
  assignees,
  currentUserId,
  onChanged,
}: LeadActivitiesPanelProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const headingId = useId();
  const doneListId = useId();
  const activities = useLeadActivities(leadId);
  const toggle = useToggleActivityDone(onChanged);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ActivityResponse | null>(null);
  const [showDone, setShowDone] = useState(false);
  const { open, done } = useMemo(() => {
    const list = [...(activities.data ?? [])].sort((a, b) => a.due_at.localeCompare(b.due_at));
    return {
      open: list.filter((activity) => !activity.done),
      // The latest completed first: that is the one a rep looks for.
      done: list
        .filter((activity) => activity.done)
        .sort((a, b) => (b.done_at ?? b.due_at).localeCompare(a.done_at ?? a.due_at)),
    };
  }, [activities.data]);

  const renderItem = (activity: ActivityResponse): React.JSX.Element => (
    <LeadActivityItem
      key={activity.id}
      activity={activity}
      timeZone={timeZone}
      onToggle={toggle}
      onEdit={(target) => setEditing({ activity: target })}
      onDelete={setDeleting}
    />
  );

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-sm font-semibold">
          {t('activities.panel.title')}
        </h2>
        <Button variant="outline" size="sm" onClick={() => setEditing({})}>
          <CalendarPlus aria-hidden="true" />
          {t('activities.schedule')}
        </Button>
      </div>
      {activities.isPending ? (
        <div
          className="flex flex-col gap-2"
          role="status"
          aria-label={t('activities.panel.loading')}
        >
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-5/6" />
        </div>
      ) : activities.isError ? (
        <ErrorState
          title={t('activities.panel.loadError')}
          message={describeError(activities.error, t, dictionary)}
          onRetry={() => void activities.refetch()}
        />
      ) : (
        <>
          {open.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('activities.panel.empty')}</p>
          ) : (
            <ul aria-label={t('activities.panel.open')} className="divide-y divide-border">
              {open.map(renderItem)}
            </ul>
          )}
          {done.length > 0 ? (
            <div className="flex flex-col gap-1 border-t border-border pt-2">
              <Button
                variant="ghost"
                size="sm"
                className="-ml-2 self-start text-muted-foreground"
                aria-expanded={showDone}
                aria-controls={doneListId}
                onClick={() => setShowDone((shown) => !shown)}
              >
                <ChevronDown
                  aria-hidden="true"
                  className={cn('transition-transform', !showDone && '-rotate-90')}
                />
                {t('activities.panel.done', { count: done.length })}
              </Button>
              <ul
                id={doneListId}
                hidden={!showDone}
                aria-label={t('activities.panel.doneList')}
                className="divide-y divide-border"
              >
                {done.map(renderItem)}
              </ul>
            </div>
          ) : null}
        </>
      )}
      <ActivityFormDialog
        open={editing !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setEditing(null);
        }}
        leadId={leadId}
        leadName={leadName}
        activity={editing?.activity}
        timeZone={timeZone}
        assignees={assignees}
        currentUserId={currentUserId}
        onSaved={onChanged}
      />
      <DeleteActivityDialog
        activity={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={onChanged}
      />
    </section>
  );
}
