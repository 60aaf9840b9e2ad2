import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/error-state';
import { useCurrentOrganization } from '@/features/organizations/api/get-current-organization';
import { useUpdateOrganization } from '@/features/organizations/api/update-organization';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type OrganizationNameFormProps = {
  canEdit: boolean;
};

export function OrganizationNameForm({ canEdit }: OrganizationNameFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const organization = useCurrentOrganization();
  const update = useUpdateOrganization();
  const [savedName, setSavedName] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // The field starts from the loaded name (adjusted while rendering, as React's docs advise for
  // state that follows loaded data); after that it belongs to the user.
  if (organization.data && savedName === null) {
    setSavedName(organization.data.name);
    setName(organization.data.name);
  }

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      const renamed = await update.mutateAsync({ name: name.trim() });
      setSavedName(renamed.name);
      setName(renamed.name);
      showToast({ title: t('settings.organization.saved'), variant: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setIsSaving(false);
    }
  };

  const fieldError =
    fieldErrorsOf(error, t, dictionary).name ??
    (error ? describeError(error, t, dictionary) : undefined);
  const isDirty = name.trim() !== savedName && name.trim() !== '';

  return (
    <Card role="region" aria-labelledby="organization-settings-title">
      <CardHeader>
        <div>
          <CardTitle id="organization-settings-title">{t('settings.organization.title')}</CardTitle>
          <CardDescription>
            {canEdit ? t('settings.organization.description') : t('settings.organization.readOnly')}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {organization.isPending ? <Skeleton className="h-9 w-full max-w-md" /> : null}
        {organization.isError ? (
          <ErrorState
            title={t('settings.organization.title')}
            message={describeError(organization.error, t, dictionary)}
            onRetry={() => void organization.refetch()}
          />
        ) : null}
        {organization.isSuccess ? (
          <form
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={handleSubmit}
            noValidate
          >
            <Field
              label={t('settings.organization.name')}
              error={fieldError}
              className="w-full max-w-md"
            >
              {(control) => (
                <Input
                  {...control}
                  value={name}
                  readOnly={!canEdit}
                  onChange={(event) => setName(event.target.value)}
                />
              )}
            </Field>
            {canEdit ? (
              <Button type="submit" disabled={!isDirty || isSaving}>
                {isSaving ? t('common.saving') : t('common.save')}
              </Button>
            ) : null}
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}
