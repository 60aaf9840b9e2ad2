import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { ActivityTypePicker } from '@/features/activities/components/activity-type-picker';
import type {
  ActivityAssigneeOption,
  ActivityFormErrors,
  ActivityFormField,
  ActivityFormValues,
} from '@/features/activities/types/activity-form';
import {
  ACTIVITY_NOTES_MAX,
  ACTIVITY_SUBJECT_MAX,
} from '@/features/activities/utils/activity-constants';
import { DURATION_PRESETS_MINUTES } from '@/features/activities/utils/activity-form';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ActivityFormFieldsProps = {
  values: ActivityFormValues;
  errors: ActivityFormErrors;
  assignees: ActivityAssigneeOption[];
  timeZone: string;
  disabled: boolean;
  onChange: <F extends ActivityFormField>(field: F, value: ActivityFormValues[F]) => void;
};

/** The activity's fields; date and time are the organisation's wall clock (said in a hint). */
export function ActivityFormFields({
  values,
  errors,
  assignees,
  timeZone,
  disabled,
  onChange,
}: ActivityFormFieldsProps): React.JSX.Element {
  const { t } = useTranslation();
  const durationLabel = (minutes: number): string => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('activities.form.durationMinutes', { minutes });
    if (rest === 0) return t('activities.form.durationHours', { hours });
    return t('activities.form.durationHoursMinutes', { hours, minutes: rest });
  };
  const current = values.duration === '' ? null : Number(values.duration);
  const durations: number[] = [...DURATION_PRESETS_MINUTES];
  if (current !== null && Number.isInteger(current) && !durations.includes(current)) {
    durations.push(current);
    durations.sort((a, b) => a - b);
  }
  // Someone assigned before they left the team still shows, by id, rather than vanish.
  const hasAssignee =
    values.assignedUserId === '' || assignees.some(({ id }) => id === values.assignedUserId);

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <ActivityTypePicker
          value={values.type}
          error={errors.type}
          disabled={disabled}
          onChange={(type) => onChange('type', type)}
        />
      </div>
      <Field label={t('activities.form.subject')} error={errors.subject} className="sm:col-span-2">
        {(control) => (
          <Input
            {...control}
            value={values.subject}
            maxLength={ACTIVITY_SUBJECT_MAX}
            placeholder={t('activities.form.subjectPlaceholder')}
            disabled={disabled}
            onChange={(event) => onChange('subject', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('activities.form.date')} error={errors.date}>
        {(control) => (
          <Input
            {...control}
            type="date"
            value={values.date}
            disabled={disabled}
            onChange={(event) => onChange('date', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('activities.form.time')}
        error={errors.time}
        hint={t('activities.form.timeZoneHint', { zone: timeZone })}
      >
        {(control) => (
          <Input
            {...control}
            type="time"
            value={values.time}
            disabled={disabled}
            onChange={(event) => onChange('time', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('activities.form.duration')} error={errors.duration}>
        {(control) => (
          <Select
            {...control}
            value={values.duration}
            disabled={disabled}
            onChange={(event) => onChange('duration', event.target.value)}
          >
            <option value="">{t('activities.form.durationNone')}</option>
            {durations.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {durationLabel(minutes)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t('activities.form.assignee')} error={errors.assignedUserId}>
        {(control) => (
          <Select
            {...control}
            value={values.assignedUserId}
            disabled={disabled}
            onChange={(event) => onChange('assignedUserId', event.target.value)}
          >
            <option value="">{t('common.unassigned')}</option>
            {hasAssignee ? null : (
              <option value={values.assignedUserId}>{t('activities.form.formerMember')}</option>
            )}
            {assignees.map((assignee) => (
              <option key={assignee.id} value={assignee.id}>
                {assignee.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label={
          <>
            {t('activities.form.notes')}{' '}
            <span className="font-normal text-muted-foreground">({t('common.optional')})</span>
          </>
        }
        error={errors.notes}
        className="sm:col-span-2"
      >
        {(control) => (
          <Textarea
            {...control}
            className="min-h-20"
            value={values.notes}
            maxLength={ACTIVITY_NOTES_MAX}
            disabled={disabled}
            onChange={(event) => onChange('notes', event.target.value)}
          />
        )}
      </Field>
    </div>
  );
}
