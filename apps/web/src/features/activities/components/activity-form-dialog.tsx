import type { ActivityResponse } from '@loved/shared';
import { TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { useCreateActivity } from '@/features/activities/api/create-activity';
import { useUpdateActivity } from '@/features/activities/api/update-activity';
import { ActivityFormFields } from '@/features/activities/components/activity-form-fields';
import type {
  ActivityAssigneeOption,
  ActivityFormErrors,
  ActivityFormField,
  ActivityFormPreset,
  ActivityFormValues,
} from '@/features/activities/types/activity-form';
import {
  activityErrorsFromApi,
  activityToForm,
  newActivityForm,
  parseActivityForm,
} from '@/features/activities/utils/activity-form';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type ActivityFormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The lead a new activity is for (ignored when editing). */
  leadId: string;
  /** Said in the description ("Para Padaria Pão Quente"), when known. */
  leadName?: string;
  /** Edits this activity; without it the dialog schedules a new one. */
  activity?: ActivityResponse;
  /** What a new activity starts with (type, subject, date, time). */
  preset?: ActivityFormPreset;
  /** The organisation's time zone: the date and time typed are its wall clock. */
  timeZone: string;
  assignees: ActivityAssigneeOption[];
  /** Who a new activity is assigned to unless changed: the signed-in user. */
  currentUserId: string | null;
  /** The activity was created or saved. */
  onSaved?: (activity: ActivityResponse) => void;
};

/**
 * "Agendar atividade" / "Editar atividade": type, subject, when (in the organisation's time
 * zone), length, who and notes. The fields show the form's own checks and the API's.
 */
export function ActivityFormDialog(props: ActivityFormDialogProps): React.JSX.Element {
  const { open, onOpenChange } = props;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {/* Mounted only while open, so each opening starts from the activity or the preset. */}
      {open ? <ActivityFormDialogBody {...props} /> : null}
    </Dialog>
  );
}

function ActivityFormDialogBody({
  onOpenChange,
  leadId,
  leadName,
  activity,
  preset,
  timeZone,
  assignees,
  currentUserId,
  onSaved,
}: ActivityFormDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const isEditing = activity !== undefined;
  const [values, setValues] = useState<ActivityFormValues>(() =>
    activity
      ? activityToForm(activity, timeZone)
      : newActivityForm(timeZone, currentUserId, preset),
  );
  const [errors, setErrors] = useState<ActivityFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const handleChange = <F extends ActivityFormField>(
    field: F,
    value: ActivityFormValues[F],
  ): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const parsed = parseActivityForm(values, timeZone, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid();
      return;
    }
    setIsSubmitting(true);
    setFailure(null);
    try {
      const saved = activity
        ? await update.mutateAsync({ id: activity.id, body: parsed.body })
        : await create.mutateAsync({ lead_id: leadId, ...parsed.body });
      showToast({
        title: isEditing ? t('activities.form.saved') : t('activities.form.created'),
        description: saved.subject,
        variant: 'success',
      });
      onSaved?.(saved);
      onOpenChange(false);
    } catch (error) {
      setIsSubmitting(false);
      setFailure(error);
      setErrors(activityErrorsFromApi(fieldErrorsOf(error, t, dictionary)));
      focusFirstInvalid();
    }
  };

  const hasFieldErrors = Object.values(errors).some(Boolean);

  return (
    <DialogContent closeLabel={t('common.close')} className="max-w-xl">
      <DialogHeader>
        <DialogTitle>
          {isEditing ? t('activities.form.editTitle') : t('activities.form.createTitle')}
        </DialogTitle>
        <DialogDescription>
          {leadName
            ? t('activities.form.forLead', { name: leadName })
            : t('activities.form.description')}
        </DialogDescription>
      </DialogHeader>
      <form
        ref={formRef}
        className="flex flex-col gap-5"
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
      >
        {failure ? (
          <Alert variant="destructive">
            <TriangleAlert aria-hidden="true" />
            <AlertDescription>
              {hasFieldErrors
                ? t('errors.codes.VALIDATION_FAILED')
                : describeError(failure, t, dictionary)}
            </AlertDescription>
          </Alert>
        ) : null}
        <ActivityFormFields
          values={values}
          errors={errors}
          assignees={assignees}
          timeZone={timeZone}
          disabled={isSubmitting}
          onChange={handleChange}
        />
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t('common.cancel')}
            </Button>
          </DialogClose>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting
              ? t('common.saving')
              : isEditing
                ? t('common.save')
                : t('activities.form.submit')}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
