import { format, type Locale } from 'date-fns';
import { inTimeZone, todayIn, tomorrowAt } from '@/features/activities/utils/activity-time';
import type { Translate } from '@/lib/i18n/translate';

/** "10:00" in the organisation's zone. */
export function dueTime(iso: string, timeZone: string): string {
  return format(inTimeZone(iso, timeZone), 'HH:mm');
}

/**
 * When an activity is due, as the organisation's clock reads it: "Hoje, 10:00", "Amanhã,
 * 10:00", or "qua., 9 de dez., 10:00" further off (or back).
 */
export function dueLabel(
  iso: string,
  timeZone: string,
  t: Translate,
  locale: Locale,
  now: Date = new Date(),
): string {
  const zoned = inTimeZone(iso, timeZone);
  const day = format(zoned, 'yyyy-MM-dd');
  const time = format(zoned, 'HH:mm');
  if (day === todayIn(timeZone, now)) return t('activities.due.today', { time });
  if (day === tomorrowAt(timeZone, undefined, now).date) {
    return t('activities.due.tomorrow', { time });
  }
  return t('activities.due.on', { date: format(zoned, 'EEE, d MMM', { locale }), time });
}

/** "sexta-feira, 4 de dezembro" for a `YYYY-MM-DD` day. */
export function longDay(date: string, locale: Locale): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return format(new Date(year, month - 1, day, 12), 'PPPP', { locale }).replace(
    /,? (de )?\d{4}$/,
    '',
  );
}
