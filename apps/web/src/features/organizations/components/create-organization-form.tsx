import { TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { createOrganization } from '@/features/organizations/api/create-organization';
import { refreshSession } from '@/lib/api-client';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';

export type CreateOrganizationFormProps = {
  /** Called once the new organisation is the current one. */
  onCreated: () => void;
};

export function CreateOrganizationForm({
  onCreated,
}: CreateOrganizationFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [name, setName] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<string | undefined>();
  const fieldError = localError ?? fieldErrorsOf(error, t, dictionary).name;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!name.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    setError(null);
    setIsSubmitting(true);
    try {
      const organization = await createOrganization({ name: name.trim() });
      // The access token lists the caller's organisations; a fresh one includes the new one.
      await refreshSession();
      useSessionStore.getState().setOrganization(organization.id);
      onCreated();
    } catch (failure) {
      setError(failure);
      setIsSubmitting(false);
    }
  };

  return (
    <form className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      {error && !fieldError ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{describeError(error, t, dictionary)}</AlertDescription>
        </Alert>
      ) : null}
      <Field label={t('organization.create.name')} error={fieldError}>
        {(control) => (
          <Input
            {...control}
            autoComplete="organization"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('organization.create.submitting') : t('organization.create.submit')}
      </Button>
    </form>
  );
}
