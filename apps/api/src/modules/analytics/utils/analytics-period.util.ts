/** `YYYY-MM-DD` with four digits of year: what the analytics query takes for `from` and `to`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The longest period a report covers, both ends included: a leap year. */
export const MAX_PERIOD_DAYS = 366;

/** Days in the default period, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

/** Days since 1970-01-01 of a calendar date, or null when it is no real date (2026-02-30). */
export function dayNumber(value: string): number | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (
    year < 1 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return ms / 86_400_000;
}

export const isCalendarDate = (value: unknown): boolean =>
  typeof value === 'string' && dayNumber(value) !== null;

/**
 * Why `from`..`to` (valid dates) cannot be a report's period, or null when it can: `from` after
 * `to`, or more than MAX_PERIOD_DAYS days counting both ends.
 */
export function periodProblem(from: string, to: string): string | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (start === null || end === null) return 'from and to must be dates (YYYY-MM-DD)';
  if (start > end) return 'from must not be after to';
  if (end - start + 1 > MAX_PERIOD_DAYS) {
    return `the period must not exceed ${MAX_PERIOD_DAYS} days`;
  }
  return null;
}
