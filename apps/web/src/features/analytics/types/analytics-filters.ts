/** The period choices of the filters bar; `custom` takes its dates from the URL. */
export const PERIOD_PRESETS = ['7d', '30d', '90d', 'this-month', 'last-month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/**
 * What the page shows, as the URL holds it: the period (a preset, or `custom` with its own
 * dates), the dates it resolves to and, optionally, one owner (`me` or a user id).
 */
export type AnalyticsFilters = {
  period: PeriodPreset;
  from: string;
  to: string;
  owner_id?: string;
};

/** Someone the owner filter can name (given by app/, which knows the team). */
export type AnalyticsOwner = { id: string; name: string };
