import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/error-state';
import { getCurrentOrganization } from '@/features/organizations/api/get-current-organization';
import { updateOrganization } from '@/features/organizations/api/update-organization';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useSessionStore } from '@/stores/session.store';
import { showToast } from '@/stores/toast.store';

export type OrganizationNameFormProps = {
  canEdit: boolean;
};

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: unknown };

export function OrganizationNameForm({ canEdit }: OrganizationNameFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [savedName, setSavedName] = useState('');
  const [name, setName] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    getCurrentOrganization(controller.signal)
      .then((organization) => {
        if (controller.signal.aborted) return;
        setSavedName(organization.name);
        setName(organization.name);
        setLoad({ status: 'ready' });
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'error', error: failure });
      });
    return () => controller.abort();
  }, [attempt]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      const organization = await updateOrganization({ name: name.trim() });
      setSavedName(organization.name);
      setName(organization.name);
      useSessionStore.getState().renameMembership(organization.id, organization.name);
      showToast({ title: t('settings.organization.saved'), variant: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setIsSaving(false);
    }
  };

  const fieldError =
    fieldErrorsOf(error, t).name ?? (error ? describeError(error, t, dictionary) : undefined);
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
        {load.status === 'loading' ? <Skeleton className="h-9 w-full max-w-md" /> : null}
        {load.status === 'error' ? (
          <ErrorState
            title={t('settings.organization.title')}
            message={describeError(load.error, t, dictionary)}
            onRetry={() => {
              setLoad({ status: 'loading' });
              setAttempt((current) => current + 1);
            }}
          />
        ) : null}
        {load.status === 'ready' ? (
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
