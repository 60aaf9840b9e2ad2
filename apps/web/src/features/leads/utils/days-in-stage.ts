import { differenceInCalendarDays } from 'date-fns';

/**
 * Whole days since the lead entered its stage, counted in calendar days where the user is
 * ("hoje" from midnight on); never negative, even when the clock here runs behind the server's.
 */
export function daysInStage(stageChangedAt: string, now: Date = new Date()): number {
  const since = new Date(stageChangedAt);
  if (Number.isNaN(since.getTime())) return 0;
  return Math.max(0, differenceInCalendarDays(now, since));
}
