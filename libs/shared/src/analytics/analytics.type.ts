import type { Channel, LeadStage } from '../leads/lead-stage.enum';

/**
 * Query of every `GET /api/v1/analytics/*`: `from` and `to` are dates (`YYYY-MM-DD`, both
 * inclusive) in the organisation's time zone (default: the last 30 days up to today);
 * `owner_id` (a UUID or `me`) narrows to one lead owner (an agent always sees only their own).
 */
export type AnalyticsQuery = { from?: string; to?: string; owner_id?: string };

/** The period and owner actually used. */
export type AnalyticsPeriod = {
  from: string;
  to: string;
  owner_id: string | null;
  time_zone: string;
};

/**
 * `GET /api/v1/analytics/funnel`: of the leads created in the period, how many reached each
 * stage (were ever in it or in a later one); `conversion_from_previous` = reached / reached by
 * the previous stage, as a decimal string with 4 places ("0.5000"), null for the first stage or
 * when the previous reached none. The last entry is `won`.
 */
export type FunnelResponse = {
  period: AnalyticsPeriod;
  stages: Array<{
    stage: LeadStage | 'won';
    reached: number;
    conversion_from_previous: string | null;
  }>;
};

export type ValueBucket = { count: number; value_cents: number; value: string };

/** `GET /api/v1/analytics/pipeline-value`: open leads now (period ignored) by stage and by owner. */
export type PipelineValueResponse = {
  period: AnalyticsPeriod;
  by_stage: Array<{ stage: LeadStage } & ValueBucket>;
  by_owner: Array<{ owner: { id: string; name: string } | null } & ValueBucket>;
};

/**
 * `GET /api/v1/analytics/win-rate`: leads closed in the period. `win_rate` = won / (won + lost)
 * as a decimal string with 4 places, null when none closed; `average_cycle_days` = mean days
 * from creation to close of the won ones, 1 decimal place, null when none won.
 */
export type WinRateResponse = {
  period: AnalyticsPeriod;
  won: ValueBucket;
  lost: ValueBucket;
  win_rate: string | null;
  average_cycle_days: string | null;
};

/** `GET /api/v1/analytics/lost-reasons`: leads lost in the period, by reason, most first. */
export type LostReasonsResponse = {
  period: AnalyticsPeriod;
  won: number;
  lost: number;
  reasons: Array<{ reason: string; count: number; value_cents: number }>;
};

/** `GET /api/v1/analytics/activities`: activities completed in the period, by the assignee. */
export type ActivitiesDoneResponse = {
  period: AnalyticsPeriod;
  reps: Array<{ user: { id: string; name: string } | null; done: number; overdue_open: number }>;
};

/**
 * `GET /api/v1/analytics/first-response`: for customer messages received in the period that
 * opened a conversation (no earlier unanswered inbound on that lead and channel), the time to
 * the first outbound reply on the same lead and channel, by the reply's author and channel.
 * Seconds; `unanswered` counts the ones still without a reply.
 */
export type FirstResponseResponse = {
  period: AnalyticsPeriod;
  rows: Array<{
    agent: { id: string; name: string } | null;
    channel: Channel;
    replied: number;
    average_seconds: number;
    median_seconds: number;
  }>;
  unanswered: number;
};
