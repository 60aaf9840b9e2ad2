import type { LeadNextActivity } from '@loved/shared';
import { format } from 'date-fns';
import { TriangleAlert } from 'lucide-react';
import { useNow } from '@/hooks/use-now';
import { cn } from '@/lib/cn';
import { dateLocaleOf } from '@/lib/i18n/format';
import { useTranslation } from '@/lib/i18n/use-translation';
import { ACTIVITY_TYPE_ICONS } from '@/utils/activity-type-style';
import { dueWhen } from '@/utils/deal-time';

export type NextActivityLabelProps = {
  activity: LeadNextActivity | null;
  /** A won or lost lead needs no next step: nothing shows without an activity. */
  isOpenLead: boolean;
  /** Narrow places (compact cards): the subject is left to the tooltip. */
  isCompact?: boolean;
  className?: string;
};

/**
 * A lead's next step: its type's icon and when ("Hoje 10:00", "Amanhã", "12 dez"; "Atrasada" in
 * red once due), or the warning "Sem próxima atividade" on an open lead without one.
 */
export function NextActivityLabel({
  activity,
  isOpenLead,
  isCompact = false,
  className,
}: NextActivityLabelProps): React.JSX.Element | null {
  const { t, language, dateTime } = useTranslation();
  const now = useNow();

  if (!activity) {
    if (!isOpenLead) return null;
    return (
      <span
        className={cn(
          'inline-flex max-w-full items-center gap-1 rounded-md bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900',
          className,
        )}
        title={t('nextActivity.noneHint')}
      >
        <TriangleAlert aria-hidden="true" className="size-3 shrink-0" />
        <span className="truncate">{t('nextActivity.none')}</span>
      </span>
    );
  }

  const Icon = ACTIVITY_TYPE_ICONS[activity.type];
  const type = t(`nextActivity.types.${activity.type}`);
  const due = new Date(activity.due_at);
  const locale = dateLocaleOf(language);
  const when = dueWhen(activity.due_at, now);
  const label =
    when.kind === 'overdue'
      ? t('nextActivity.overdue')
      : when.kind === 'today'
        ? t('nextActivity.today', { time: format(due, 'p', { locale }) })
        : when.kind === 'tomorrow'
          ? t('nextActivity.tomorrow')
          : format(
              due,
              when.sameYear ? t('nextActivity.dateFormat') : t('nextActivity.dateFormatOtherYear'),
              { locale },
            );
  const isOverdue = when.kind === 'overdue';

  return (
    <span
      className={cn(
        'flex min-w-0 items-center gap-1 text-xs',
        isOverdue ? 'font-medium text-destructive' : 'text-muted-foreground',
        className,
      )}
      title={t('nextActivity.title', {
        type,
        subject: activity.subject,
        date: dateTime(activity.due_at),
      })}
      data-overdue={isOverdue || undefined}
    >
      <Icon aria-hidden="true" className="size-3 shrink-0" />
      <span className="sr-only">
        {t('nextActivity.label')} ({type}):{' '}
      </span>
      <time dateTime={activity.due_at} className="shrink-0">
        {label}
      </time>
      {isCompact ? null : (
        <span className="truncate text-muted-foreground">
          <span aria-hidden="true">· </span>
          {activity.subject}
        </span>
      )}
    </span>
  );
}
