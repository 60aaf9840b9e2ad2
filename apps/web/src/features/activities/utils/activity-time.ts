import { TZDate } from '@date-fns/tz';
import { addDays, format, isValid } from 'date-fns';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The time a new follow-up is proposed for, the next day (a rep's usual first call). */
export const NEXT_STEP_TIME = '10:00';

/**
 * The instant (ISO 8601, UTC) of a wall-clock date and time in `timeZone`: "10:00 on 4 Dec" in
 * São Paulo is 13:00Z whatever zone the browser is in. Null when the date or time is not one.
 */
export function toDueAt(date: string, time: string, timeZone: string): string | null {
  const dateParts = DATE_PATTERN.exec(date);
  const timeParts = TIME_PATTERN.exec(time);
  if (!dateParts || !timeParts) return null;
  const [year, month, day] = dateParts.slice(1).map(Number) as [number, number, number];
  const [hours, minutes] = timeParts.slice(1).map(Number) as [number, number];
  const zoned = new TZDate(year, month - 1, day, hours, minutes, 0, 0, timeZone);
  // 31/02 would roll over into March: a day the calendar does not have is refused instead.
  if (!isValid(zoned) || zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  return new Date(zoned.getTime()).toISOString();
}

/** An instant as the organisation's wall clock reads it. */
export function inTimeZone(iso: string, timeZone: string): TZDate {
  return new TZDate(new Date(iso).getTime(), timeZone);
}

/** The date and time fields of the form for an instant, read in `timeZone`. */
export function fromDueAt(iso: string, timeZone: string): { date: string; time: string } {
  const zoned = inTimeZone(iso, timeZone);
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') };
}

/** Tomorrow (in `timeZone`, as of `now`) at `time`: where "schedule the next step" starts. */
export function tomorrowAt(
  timeZone: string,
  time: string = NEXT_STEP_TIME,
  now: Date = new Date(),
): { date: string; time: string } {
  const tomorrow = addDays(new TZDate(now.getTime(), timeZone), 1);
  return { date: format(tomorrow, 'yyyy-MM-dd'), time };
}

/** Today's date in `timeZone`, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Whether an open activity's time has passed. */
export function isOverdue(
  activity: { done: boolean; due_at: string },
  now: Date = new Date(),
): boolean {
  return !activity.done && new Date(activity.due_at).getTime() < now.getTime();
}
