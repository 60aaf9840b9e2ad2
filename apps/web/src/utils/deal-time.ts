import { differenceInCalendarDays } from 'date-fns';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** When an activity is due, as a card says it: late, today (with the time), tomorrow or a date. */
export type DueWhen =
  | { kind: 'overdue' }
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'later'; sameYear: boolean };

/** Where `dueAt` falls from `now` in the user's calendar (a past instant is overdue). */
export function dueWhen(dueAt: string, now: number): DueWhen {
  const due = Date.parse(dueAt);
  if (due < now) return { kind: 'overdue' };
  const days = differenceInCalendarDays(due, now);
  if (days === 0) return { kind: 'today' };
  if (days === 1) return { kind: 'tomorrow' };
  return { kind: 'later', sameYear: new Date(due).getFullYear() === new Date(now).getFullYear() };
}

/** Time left until `until`, in whole hours and minutes; null once it has passed. */
export function timeLeft(until: string, now: number): { hours: number; minutes: number } | null {
  const left = Date.parse(until) - now;
  if (left <= 0) return null;
  const minutes = Math.floor(left / MINUTE_MS);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Whole hours from `since` to `now` (never negative). */
export function hoursSince(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / HOUR_MS));
}
