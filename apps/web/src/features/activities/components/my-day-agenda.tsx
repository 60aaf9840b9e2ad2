import type { ActivityResponse } from '@loved/shared';
import { useCallback, useMemo, useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { useMyDay } from '@/features/activities/api/get-my-day';
import { ActivityFormDialog } from '@/features/activities/components/activity-form-dialog';
import { MyDaySection } from '@/features/activities/components/my-day-section';
import { MyDaySkeleton } from '@/features/activities/components/my-day-skeleton';
import { useToggleActivityDone } from '@/features/activities/hooks/use-toggle-activity-done';
import type { ActivityAssigneeOption } from '@/features/activities/types/activity-form';
import { longDay } from '@/features/activities/utils/due-label';
import {
  MY_DAY_SECTIONS,
  sectionActivities,
  type KeptActivity,
  type MyDaySection as MyDaySectionName,
} from '@/features/activities/utils/my-day-sections';
import { describeError } from '@/lib/describe-error';
import { dateLocaleOf } from '@/lib/i18n/format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type MyDayAgendaProps = {
  assignees: ActivityAssigneeOption[];
  currentUserId: string | null;
  /** An activity was completed, reopened or edited (e.g. refresh its lead's timeline). */
  onChanged?: (activity: ActivityResponse) => void;
};

/**
 * "Minha agenda": the rep's late, today's and coming activities, each done with one click
 * (and undone by unticking). Times are the organisation's clock, whatever the browser's zone.
 */
export function MyDayAgenda({
  assignees,
  currentUserId,
  onChanged,
}: MyDayAgendaProps): React.JSX.Element {
  const { t, dictionary, language } = useTranslation();
  const myDay = useMyDay();
  const toggle = useToggleActivityDone(onChanged);
  const [kept, setKept] = useState<ReadonlyMap<string, KeptActivity>>(new Map());
  const [editing, setEditing] = useState<ActivityResponse | null>(null);
  const data = myDay.data;

  const sections = useMemo(
    () =>
      data
        ? MY_DAY_SECTIONS.map((section) => ({
            section,
            activities: sectionActivities(data, section, kept),
          }))
        : [],
    [data, kept],
  );

  const handleToggle = useCallback(
    (activity: ActivityResponse, done: boolean) => {
      const section: MyDaySectionName =
        sections.find((entry) => entry.activities.some(({ id }) => id === activity.id))?.section ??
        'today';
      setKept((current) =>
        new Map(current).set(activity.id, {
          section,
          activity: { ...activity, done, done_at: done ? new Date().toISOString() : null },
        }),
      );
      toggle(activity, done);
    },
    [sections, toggle],
  );

  if (myDay.isPending) return <MyDaySkeleton />;
  if (myDay.isError || !data) {
    return (
      <ErrorState
        title={t('agenda.loadError')}
        message={describeError(myDay.error, t, dictionary)}
        onRetry={() => void myDay.refetch()}
      />
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <p className="text-sm text-muted-foreground">
        {t('agenda.todayIs', {
          date: longDay(data.date, dateLocaleOf(language)),
          zone: data.time_zone,
        })}
      </p>
      {sections.map(({ section, activities }) => (
        <MyDaySection
          key={section}
          section={section}
          activities={activities}
          timeZone={data.time_zone}
          onToggle={handleToggle}
          onEdit={setEditing}
        />
      ))}
      <ActivityFormDialog
        open={editing !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setEditing(null);
        }}
        leadId={editing?.lead_id ?? ''}
        leadName={editing?.lead.name}
        activity={editing ?? undefined}
        timeZone={data.time_zone}
        assignees={assignees}
        currentUserId={currentUserId}
        onSaved={onChanged}
      />
    </div>
  );
}
