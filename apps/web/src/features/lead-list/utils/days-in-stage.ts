import { differenceInCalendarDays } from 'date-fns';

/**
 * Whole calendar days since the lead entered its stage, where the user is; never negative,
 * even when this clock runs behind the server's. (The board counts the same way.)
 */
export function daysInStage(stageChangedAt: string, now: Date = new Date()): number {
  const since = new Date(stageChangedAt);
  if (Number.isNaN(since.getTime())) return 0;
  return Math.max(0, differenceInCalendarDays(now, since));
}
