import type {
  LeadStage,
  StageHealthSetting,
  UpdateStageHealthSettingsRequest,
} from '@loved/shared';

// Spelt out (the web takes only types from the shared lib); a Record keyed by the stage type
// fails to compile when a stage is added there.
const STAGE_SET: Record<LeadStage, true> = {
  lead: true,
  contato: true,
  proposta: true,
  negociacao: true,
  fechado: true,
};
const LEAD_STAGES = Object.keys(STAGE_SET) as LeadStage[];

/** The API's limits (`StageHealthSettingDto`). */
export const HEALTH_LIMITS = {
  rotting_days: { min: 1, max: 365 },
  unanswered_hours: { min: 1, max: 720 },
} as const;

export type HealthField = keyof typeof HEALTH_LIMITS;
export const HEALTH_FIELDS: readonly HealthField[] = ['rotting_days', 'unanswered_hours'];

/** One threshold as the form holds it: the typed text, and whether the signal is off. */
export type HealthValue = { text: string; off: boolean };
export type HealthRow = { stage: LeadStage } & Record<HealthField, HealthValue>;

/** What is wrong where, keyed like the API's field errors (`stages.2.rotting_days`). */
export type HealthErrors = Record<string, { min: number; max: number }>;

export function fieldPath(index: number, field: HealthField): string {
  return `stages.${index}.${field}`;
}

function valueOf(threshold: number | null): HealthValue {
  return threshold === null ? { text: '', off: true } : { text: String(threshold), off: false };
}

/** The form's rows, one per stage in pipeline order, from what the API says. */
export function toHealthRows(settings: readonly StageHealthSetting[]): HealthRow[] {
  return LEAD_STAGES.map((stage) => {
    const setting = settings.find((candidate) => candidate.stage === stage);
    return {
      stage,
      rotting_days: valueOf(setting?.rotting_days ?? null),
      unanswered_hours: valueOf(setting?.unanswered_hours ?? null),
    };
  });
}

/** A whole number within the field's limits, or null when the text is not one. */
function parseThreshold(text: string, field: HealthField): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  const { min, max } = HEALTH_LIMITS[field];
  return value >= min && value <= max ? value : null;
}

/** The thresholds that are on but not a whole number within limits. */
export function validateHealthRows(rows: readonly HealthRow[]): HealthErrors {
  const errors: HealthErrors = {};
  rows.forEach((row, index) => {
    for (const field of HEALTH_FIELDS) {
      if (row[field].off || parseThreshold(row[field].text, field) !== null) continue;
      errors[fieldPath(index, field)] = HEALTH_LIMITS[field];
    }
  });
  return errors;
}

/** The PUT body; call after `validateHealthRows` found nothing (an invalid value goes as off). */
export function toHealthRequest(rows: readonly HealthRow[]): UpdateStageHealthSettingsRequest {
  return {
    stages: rows.map((row) => ({
      stage: row.stage,
      rotting_days: row.rotting_days.off
        ? null
        : parseThreshold(row.rotting_days.text, 'rotting_days'),
      unanswered_hours: row.unanswered_hours.off
        ? null
        : parseThreshold(row.unanswered_hours.text, 'unanswered_hours'),
    })),
  };
}
