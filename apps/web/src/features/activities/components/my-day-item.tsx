import type { ActivityResponse } from '@loved/shared';
import { Pencil } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { ActivityDoneCheckbox } from '@/features/activities/components/activity-done-checkbox';
import { ACTIVITY_TYPE_ICONS } from '@/utils/activity-type-style';
import { dueLabel, dueTime } from '@/features/activities/utils/due-label';
import { cn } from '@/lib/cn';
import { dateLocaleOf } from '@/lib/i18n/format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type MyDayItemProps = {
  activity: ActivityResponse;
  timeZone: string;
  /** Today's list says the time only; the others say the day too. */
  showDay: boolean;
  /** Late: the time shows in red. */
  isLate: boolean;
  onToggle: (activity: ActivityResponse, done: boolean) => void;
  onEdit: (activity: ActivityResponse) => void;
};

/** One line of "Minha agenda": done box, type, when, subject, the lead (a link), edit. */
export function MyDayItem({
  activity,
  timeZone,
  showDay,
  isLate,
  onToggle,
  onEdit,
}: MyDayItemProps): React.JSX.Element {
  const { t, language } = useTranslation();
  const Icon = ACTIVITY_TYPE_ICONS[activity.type];
  const when = showDay
    ? dueLabel(activity.due_at, timeZone, t, dateLocaleOf(language))
    : dueTime(activity.due_at, timeZone);

  return (
    <li
      className={cn(
        'flex items-start gap-3 px-4 py-3',
        activity.done && 'bg-muted/40 text-muted-foreground',
      )}
    >
      <ActivityDoneCheckbox activity={activity} onToggle={onToggle} />
      <span className="grid size-7 shrink-0 place-items-center rounded-full bg-muted text-muted-foreground">
        <Icon role="img" aria-label={t(`activities.types.${activity.type}`)} className="size-3.5" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <time
            dateTime={activity.due_at}
            className={cn(
              'text-xs font-medium tabular-nums text-muted-foreground',
              isLate && !activity.done && 'text-destructive',
            )}
          >
            {when}
          </time>
          <span className={cn('text-sm font-medium break-words', activity.done && 'line-through')}>
            {activity.subject}
          </span>
        </p>
        <Link
          to={paths.lead(activity.lead.id)}
          className="rounded-sm text-xs text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          {activity.lead.name}
        </Link>
      </div>
      <Button
        variant="ghost"
        size="icon"
        className="size-7 shrink-0"
        aria-label={t('activities.item.edit', { subject: activity.subject })}
        onClick={() => onEdit(activity)}
      >
        <Pencil aria-hidden="true" />
      </Button>
    </li>
  );
}
