import type { ActivityResponse } from '@loved/shared';
import { Pencil, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ActivityDoneCheckbox } from '@/features/activities/components/activity-done-checkbox';
import { isOverdue } from '@/features/activities/utils/activity-time';
import { ACTIVITY_TYPE_ICONS } from '@/utils/activity-type-style';
import { dueLabel } from '@/features/activities/utils/due-label';
import { cn } from '@/lib/cn';
import { dateLocaleOf } from '@/lib/i18n/format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadActivityItemProps = {
  activity: ActivityResponse;
  timeZone: string;
  onToggle: (activity: ActivityResponse, done: boolean) => void;
  onEdit: (activity: ActivityResponse) => void;
  onDelete: (activity: ActivityResponse) => void;
};

/** One activity of a lead: done box, type, subject, when (red once late), who; edit, delete. */
export function LeadActivityItem({
  activity,
  timeZone,
  onToggle,
  onEdit,
  onDelete,
}: LeadActivityItemProps): React.JSX.Element {
  const { t, language } = useTranslation();
  const Icon = ACTIVITY_TYPE_ICONS[activity.type];
  const late = isOverdue(activity);

  return (
    <li className="group flex items-start gap-2.5 py-2">
      <ActivityDoneCheckbox activity={activity} onToggle={onToggle} />
      <Icon
        aria-label={t(`activities.types.${activity.type}`)}
        role="img"
        className="mt-0.5 size-4 shrink-0 text-muted-foreground"
      />
      <div className="min-w-0 flex-1">
        <p
          className={cn(
            'text-sm font-medium break-words',
            activity.done && 'text-muted-foreground line-through',
          )}
        >
          {activity.subject}
        </p>
        <p className={cn('text-xs text-muted-foreground', late && 'font-medium text-destructive')}>
          <time dateTime={activity.due_at}>
            {dueLabel(activity.due_at, timeZone, t, dateLocaleOf(language))}
          </time>
          {late ? ` · ${t('activities.item.overdue')}` : null}
          {activity.assigned_user ? ` · ${activity.assigned_user.name}` : null}
        </p>
      </div>
      <div className="flex shrink-0 gap-0.5">
        <Button
          variant="ghost"
          size="icon"
          className="size-7"
          aria-label={t('activities.item.edit', { subject: activity.subject })}
          onClick={() => onEdit(activity)}
        >
          <Pencil aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          className="size-7"
          aria-label={t('activities.item.delete', { subject: activity.subject })}
          onClick={() => onDelete(activity)}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}
