import { Plan } from '@loved/shared';

/** AI summaries an organisation may request per calendar month; null: no limit. */
export const MONTHLY_SUMMARY_LIMIT: Record<Plan, number | null> = {
  [Plan.Free]: 10,
  [Plan.Pro]: 100,
  [Plan.Enterprise]: null,
};

export type QuotaWindow = { start: Date; resetsAt: Date };

/**
 * The calendar month `now` falls in, in UTC: the same instant for every server and every
 * organisation, and the quota resets at its end.
 */
export function monthWindow(now: Date): QuotaWindow {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return {
    start: new Date(Date.UTC(year, month, 1)),
    resetsAt: new Date(Date.UTC(year, month + 1, 1)),
  };
}
