import { Clock } from 'lucide-react';
import { useTranslation } from '@/lib/i18n/use-translation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `since` to `now` (0 on the same day or a clock slightly ahead). */
export function daysSince(since: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
}

export type LeadStageAgeProps = {
  /** When the lead entered its current stage (`stage_changed_at`). */
  since: string;
};

/** "Há 3 dias nesta etapa": how long the deal has waited where it is. */
export function LeadStageAge({ since }: LeadStageAgeProps): React.JSX.Element {
  const { t, dateTime } = useTranslation();
  const days = daysSince(since);
  const text =
    days === 0
      ? t('lead.header.daysInStageToday')
      : days === 1
        ? t('lead.header.daysInStageOne')
        : t('lead.header.daysInStageOther', { count: days });

  return (
    <span className="flex items-center gap-1.5">
      <Clock aria-hidden="true" className="size-4" />
      <time dateTime={since} title={dateTime(since)}>
        {text}
      </time>
    </span>
  );
}
