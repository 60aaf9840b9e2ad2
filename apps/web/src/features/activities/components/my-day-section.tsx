import type { ActivityResponse } from '@loved/shared';
import { useId } from 'react';
import { MyDayItem } from '@/features/activities/components/my-day-item';
import { isOverdue as isPastDue } from '@/features/activities/utils/activity-time';
import type { MyDaySection as MyDaySectionName } from '@/features/activities/utils/my-day-sections';
import { openCount } from '@/features/activities/utils/my-day-sections';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type MyDaySectionProps = {
  section: MyDaySectionName;
  activities: ActivityResponse[];
  timeZone: string;
  onToggle: (activity: ActivityResponse, done: boolean) => void;
  onEdit: (activity: ActivityResponse) => void;
};

/** "Atrasadas", "Hoje" or "Próximas": a heading with what is left to do, and the list. */
export function MyDaySection({
  section,
  activities,
  timeZone,
  onToggle,
  onEdit,
}: MyDaySectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  const remaining = openCount(activities);
  const isOverdue = section === 'overdue';

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
        {t(`agenda.sections.${section}`)}{' '}
        <span
          className={cn(
            'rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-muted-foreground',
            isOverdue && remaining > 0 && 'bg-destructive/10 text-destructive',
          )}
        >
          <span aria-hidden="true">{remaining}</span>
          <span className="sr-only">{t('agenda.remaining', { count: remaining })}</span>
        </span>
      </h2>
      {activities.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">
          {t(`agenda.empty.${section}`)}
        </p>
      ) : (
        <ul
          aria-labelledby={headingId}
          className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface shadow-xs"
        >
          {activities.map((activity) => (
            <MyDayItem
              key={activity.id}
              activity={activity}
              timeZone={timeZone}
              showDay={section !== 'today'}
              isLate={isOverdue || isPastDue(activity)}
              onToggle={onToggle}
              onEdit={onEdit}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
