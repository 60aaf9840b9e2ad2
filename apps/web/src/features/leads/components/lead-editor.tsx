import type { LeadResponse } from '@loved/shared';
import { Info, Trash2, TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { staleLeadOf, useUpdateLead } from '@/features/leads/api/update-lead';
import { DeleteLeadDialog } from '@/features/leads/components/delete-lead-dialog';
import { LeadFormFields } from '@/features/leads/components/lead-form-fields';
import type {
  AssigneeOption,
  LeadFormErrors,
  LeadFormField,
  LeadFormValues,
} from '@/features/leads/types/lead-form';
import {
  changedFields,
  formErrorsFromApi,
  leadToFormValues,
  parseLeadUpdate,
} from '@/features/leads/utils/lead-form';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type LeadEditorProps = {
  lead: LeadResponse;
  assignees: AssigneeOption[];
  canDelete: boolean;
  onDeleted: () => void;
};

const FIELD_LABELS: Record<LeadFormField, TranslationKey> = {
  name: 'lead.fields.name',
  email: 'lead.fields.email',
  phone: 'lead.fields.phone',
  stage: 'lead.fields.stage',
  priority: 'lead.fields.priority',
  estimatedValue: 'lead.fields.estimatedValue',
  source: 'lead.fields.source',
  tags: 'lead.fields.tags',
  assignedUserId: 'lead.fields.assignee',
  outcome: 'lead.fields.outcome',
  lostReason: 'lead.fields.lostReason',
};

/**
 * The lead's fields, saved with the version they were read at. When someone else saved first
 * (409), the form shows the current values and lists the user's unsaved ones.
 */
export function LeadEditor({
  lead,
  assignees,
  canDelete,
  onDeleted,
}: LeadEditorProps): React.JSX.Element {
  const { t, dictionary, language } = useTranslation();
  const update = useUpdateLead();
  // The lead the form was filled from: its version is the one a save sends.
  const [base, setBase] = useState(lead);
  const [original, setOriginal] = useState(() => leadToFormValues(lead, language));
  const [values, setValues] = useState(original);
  const [errors, setErrors] = useState<LeadFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [staleValues, setStaleValues] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const dirty = changedFields(values, original).length > 0;
  const changedRemotely = lead.version > base.version;

  const refill = (next: LeadResponse): void => {
    const filled = leadToFormValues(next, language);
    setBase(next);
    setOriginal(filled);
    setValues(filled);
    setErrors({});
  };

  // A colleague's change arrives live: an untouched form follows it (adjusted while rendering,
  // as React's docs do for state derived from props); a form being edited keeps the user's
  // values and says so, and saving then meets the 409 that shows both sides.
  if (changedRemotely && !dirty) refill(lead);

  const handleChange = <F extends LeadFormField>(field: F, value: LeadFormValues[F]): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const describeUnsaved = (mine: LeadFormValues): string =>
    changedFields(mine, original)
      .map((field) => `${t(FIELD_LABELS[field])}: ${mine[field] || t('common.noValue')}`)
      .join('; ');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const parsed = parseLeadUpdate(values, original, base.version, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid();
      return;
    }
    setIsSaving(true);
    setFailure(null);
    setStaleValues(null);
    try {
      const saved = await update.mutateAsync({ id: base.id, body: parsed.body });
      refill(saved);
      showToast({ title: t('lead.details.saved'), variant: 'success' });
    } catch (error) {
      // The saved record already follows the current lead; the form shows it beside the user's.
      const current = staleLeadOf(error);
      if (current) {
        setStaleValues(describeUnsaved(values));
        refill(current);
      } else {
        setFailure(error);
        setErrors(formErrorsFromApi(fieldErrorsOf(error, t, dictionary)));
        focusFirstInvalid();
      }
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Card role="region" aria-labelledby="lead-editor-title">
      <CardHeader>
        <CardTitle id="lead-editor-title">{t('lead.details.title')}</CardTitle>
      </CardHeader>
      <form ref={formRef} onSubmit={handleSubmit} noValidate className="flex flex-col gap-5">
        <CardContent className="flex flex-col gap-4">
          {staleValues !== null ? (
            <Alert>
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>{t('lead.details.staleTitle')}</AlertTitle>
              <AlertDescription>
                <p>{t('errors.codes.LEAD_STALE_VERSION')}</p>
                {staleValues ? (
                  <p className="mt-1">
                    {t('lead.details.staleYourValues', { values: staleValues })}
                  </p>
                ) : null}
              </AlertDescription>
            </Alert>
          ) : null}
          {changedRemotely && dirty ? (
            <Alert>
              <Info aria-hidden="true" />
              <AlertDescription>{t('lead.details.changedByOthers')}</AlertDescription>
            </Alert>
          ) : null}
          {failure ? (
            <Alert variant="destructive">
              <TriangleAlert aria-hidden="true" />
              <AlertDescription>{describeError(failure, t, dictionary)}</AlertDescription>
            </Alert>
          ) : null}
          <LeadFormFields
            values={values}
            errors={errors}
            assignees={assignees}
            currentAssigneeName={base.assigned_user?.name}
            isEditing
            disabled={isSaving}
            onChange={handleChange}
          />
        </CardContent>
        <CardFooter className="flex-wrap justify-between">
          {canDelete ? (
            <Button
              type="button"
              variant="ghost"
              className="text-destructive hover:bg-destructive-soft hover:text-destructive"
              onClick={() => setIsDeleteOpen(true)}
            >
              <Trash2 aria-hidden="true" />
              {t('lead.details.delete')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" disabled={!dirty || isSaving}>
            {isSaving ? t('common.saving') : t('common.save')}
          </Button>
        </CardFooter>
      </form>
      <DeleteLeadDialog
        lead={base}
        open={isDeleteOpen}
        onOpenChange={setIsDeleteOpen}
        onDeleted={onDeleted}
      />
    </Card>
  );
}
