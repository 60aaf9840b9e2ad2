import type { LeadStage } from './lead-stage.enum';

/** How long a customer has to answer before WhatsApp closes the free-form 24-hour window. */
export const WHATSAPP_WINDOW_HOURS = 24;

/**
 * One stage's deal-health thresholds (null = that signal is off for the stage):
 * `rotting_days` — a lead with no stage change and no contact for this many days is rotting;
 * `unanswered_hours` — a customer message without a reply for this many hours is flagged.
 */
export type StageHealthSetting = {
  stage: LeadStage;
  rotting_days: number | null;
  unanswered_hours: number | null;
};

/** `GET /api/v1/pipeline/health-settings` (everyone) and `PUT` (admins), all five stages. */
export type StageHealthSettingsResponse = { stages: StageHealthSetting[] };
export type UpdateStageHealthSettingsRequest = { stages: StageHealthSetting[] };

/** Used until an admin changes them. */
export const DEFAULT_STAGE_HEALTH: readonly StageHealthSetting[] = [
  { stage: 'lead', rotting_days: 3, unanswered_hours: 4 },
  { stage: 'contato', rotting_days: 5, unanswered_hours: 4 },
  { stage: 'proposta', rotting_days: 7, unanswered_hours: 8 },
  { stage: 'negociacao', rotting_days: 7, unanswered_hours: 8 },
  { stage: 'fechado', rotting_days: null, unanswered_hours: null },
];

/**
 * A lead's health on its card, computed when the response is built (null for won/lost leads):
 * `idle_since` = the later of entering the stage and the last contact; `rotting` when
 * now − idle_since ≥ rotting_days days; `unanswered_since` = the oldest customer message after
 * the last reply (null when answered), `unanswered` when now − unanswered_since ≥
 * unanswered_hours hours; `whatsapp_window_closes_at` = last inbound WhatsApp + 24 h while that
 * is in the future, else null.
 */
export type LeadHealth = {
  idle_since: string;
  idle_days: number;
  rotting: boolean;
  unanswered_since: string | null;
  unanswered: boolean;
  whatsapp_window_closes_at: string | null;
};
