import { TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
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
import { useCreateLead } from '@/features/leads/api/create-lead';
import { LeadFormFields } from '@/features/leads/components/lead-form-fields';
import type {
  AssigneeOption,
  LeadFormErrors,
  LeadFormField,
  LeadFormValues,
} from '@/features/leads/types/lead-form';
import {
  EMPTY_LEAD_FORM,
  formErrorsFromApi,
  parseLeadForm,
} from '@/features/leads/utils/lead-form';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { ApiError } from '@/lib/api-client';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type CreateLeadDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  assignees: AssigneeOption[];
  onOpenLead: (leadId: string) => void;
};

type Duplicate = { id: string; name: string };

function duplicateOf(error: unknown): Duplicate | null {
  if (!(error instanceof ApiError) || error.code !== 'LEAD_DUPLICATE') return null;
  const existing = error.extensions.existing_lead;
  if (typeof existing !== 'object' || existing === null) return null;
  const { id, name } = existing as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}

/** "Novo lead": a dialog whose fields show the API's validation messages. */
export function CreateLeadDialog({
  open,
  onOpenChange,
  assignees,
  onOpenLead,
}: CreateLeadDialogProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateLead();
  const [values, setValues] = useState<LeadFormValues>(EMPTY_LEAD_FORM);
  const [errors, setErrors] = useState<LeadFormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const duplicate = duplicateOf(failure);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const reset = (): void => {
    setValues(EMPTY_LEAD_FORM);
    setErrors({});
    setFailure(null);
    setIsSubmitting(false);
  };

  const handleOpenChange = (next: boolean): void => {
    if (!next) reset();
    onOpenChange(next);
  };

  const handleChange = <F extends LeadFormField>(field: F, value: LeadFormValues[F]): void => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (allowDuplicate: boolean): Promise<void> => {
    const parsed = parseLeadForm(values, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirstInvalid();
      return;
    }
    setIsSubmitting(true);
    setFailure(null);
    try {
      const lead = await create.mutateAsync({
        ...parsed.body,
        ...(allowDuplicate ? { allow_duplicate: true } : {}),
      });
      showToast({ title: t('lead.create.created', { name: lead.name }), variant: 'success' });
      handleOpenChange(false);
    } catch (error) {
      setIsSubmitting(false);
      setFailure(error);
      if (!duplicateOf(error)) {
        setErrors(formErrorsFromApi(fieldErrorsOf(error, t, dictionary)));
        focusFirstInvalid();
      }
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void submit(false);
  };

  const hasFieldErrors = Object.values(errors).some(Boolean);

  return (
    <Dialog open={open} onOpenChange={handleOpenChange}>
      <DialogContent closeLabel={t('common.close')} className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t('lead.create.title')}</DialogTitle>
          <DialogDescription>{t('lead.create.description')}</DialogDescription>
        </DialogHeader>
        <form ref={formRef} className="flex flex-col gap-5" onSubmit={handleSubmit} noValidate>
          {duplicate ? (
            <Alert>
              <TriangleAlert aria-hidden="true" />
              <AlertTitle>{t('lead.create.duplicate', { name: duplicate.name })}</AlertTitle>
              <AlertDescription className="mt-2 flex flex-wrap gap-2">
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => {
                    handleOpenChange(false);
                    onOpenLead(duplicate.id);
                  }}
                >
                  {t('lead.create.openExisting', { name: duplicate.name })}
                </Button>
                <Button
                  type="button"
                  size="sm"
                  disabled={isSubmitting}
                  onClick={() => void submit(true)}
                >
                  {t('lead.create.createAnyway')}
                </Button>
              </AlertDescription>
            </Alert>
          ) : null}
          {failure && !duplicate ? (
            <Alert variant="destructive">
              <TriangleAlert aria-hidden="true" />
              <AlertDescription>
                {hasFieldErrors
                  ? t('errors.codes.VALIDATION_FAILED')
                  : describeError(failure, t, dictionary)}
              </AlertDescription>
            </Alert>
          ) : null}
          <LeadFormFields
            values={values}
            errors={errors}
            assignees={assignees}
            isEditing={false}
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
              {isSubmitting ? t('lead.create.submitting') : t('lead.create.submit')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
