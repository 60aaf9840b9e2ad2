import type { ActivityResponse, CreateActivityRequest } from '@loved/shared';
import type {
  ActivityFormErrors,
  ActivityFormPreset,
  ActivityFormValues,
} from '@/features/activities/types/activity-form';
import {
  ACTIVITY_DURATION_MAX_MINUTES,
  ACTIVITY_NOTES_MAX,
  ACTIVITY_SUBJECT_MAX,
} from '@/features/activities/utils/activity-constants';
import { fromDueAt, toDueAt, tomorrowAt } from '@/features/activities/utils/activity-time';
import type { Translate } from '@/lib/i18n/translate';

/** The lengths a rep picks from; an edited activity's own length is added when it is another. */
export const DURATION_PRESETS_MINUTES = [15, 30, 45, 60, 90, 120] as const;

/** A new activity: the preset, else a task tomorrow at 10:00, assigned to whoever schedules it. */
export function newActivityForm(
  timeZone: string,
  assignedUserId: string | null,
  preset: ActivityFormPreset = {},
  now: Date = new Date(),
): ActivityFormValues {
  const tomorrow = tomorrowAt(timeZone, undefined, now);
  return {
    type: preset.type ?? 'task',
    subject: preset.subject ?? '',
    date: preset.date ?? tomorrow.date,
    time: preset.time ?? tomorrow.time,
    duration: '',
    assignedUserId: assignedUserId ?? '',
    notes: '',
  };
}

/** An existing activity in the form, its due time read in the organisation's zone. */
export function activityToForm(activity: ActivityResponse, timeZone: string): ActivityFormValues {
  const { date, time } = fromDueAt(activity.due_at, timeZone);
  return {
    type: activity.type,
    subject: activity.subject,
    date,
    time,
    duration: activity.duration_minutes === null ? '' : String(activity.duration_minutes),
    assignedUserId: activity.assigned_user_id ?? '',
    notes: activity.notes ?? '',
  };
}

/** The fields every request carries (create and edit alike). */
export type ActivityBody = Omit<CreateActivityRequest, 'lead_id'>;

export type ParsedActivityForm =
  { ok: true; body: ActivityBody } | { ok: false; errors: ActivityFormErrors };

/** Checks the form as the API would, and builds the body with `due_at` as a UTC instant. */
export function parseActivityForm(
  values: ActivityFormValues,
  timeZone: string,
  t: Translate,
): ParsedActivityForm {
  const errors: ActivityFormErrors = {};
  const subject = values.subject.trim();
  if (subject === '') errors.subject = t('validation.required');
  else if (subject.length > ACTIVITY_SUBJECT_MAX) {
    errors.subject = t('validation.maxLength', { max: ACTIVITY_SUBJECT_MAX });
  }
  const dueAt = toDueAt(values.date, values.time, timeZone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = t('activities.form.dateInvalid');
  else if (!/^\d{2}:\d{2}$/.test(values.time)) errors.time = t('activities.form.timeInvalid');
  else if (dueAt === null) errors.date = t('activities.form.dateInvalid');
  const duration = values.duration === '' ? null : Number(values.duration);
  if (
    duration !== null &&
    (!Number.isInteger(duration) || duration < 1 || duration > ACTIVITY_DURATION_MAX_MINUTES)
  ) {
    errors.duration = t('validation.invalid');
  }
  const notes = values.notes.trim();
  if (notes.length > ACTIVITY_NOTES_MAX) {
    errors.notes = t('validation.maxLength', { max: ACTIVITY_NOTES_MAX });
  }
  if (Object.keys(errors).length > 0 || dueAt === null) return { ok: false, errors };
  return {
    ok: true,
    body: {
      type: values.type,
      subject,
      due_at: dueAt,
      duration_minutes: duration,
      assigned_user_id: values.assignedUserId === '' ? null : values.assignedUserId,
      notes: notes === '' ? null : notes,
    },
  };
}

/** The API's field names (`due_at`, `duration_minutes`…) as the form's fields. */
const API_FIELDS: Record<string, keyof ActivityFormValues> = {
  type: 'type',
  subject: 'subject',
  due_at: 'date',
  duration_minutes: 'duration',
  assigned_user_id: 'assignedUserId',
  notes: 'notes',
};

export function activityErrorsFromApi(byField: Record<string, string>): ActivityFormErrors {
  const errors: ActivityFormErrors = {};
  for (const [field, message] of Object.entries(byField)) {
    const formField = API_FIELDS[field];
    if (formField) errors[formField] ??= message;
  }
  return errors;
}
