import type { ApiKeyScope, CreatedApiKeyResponse } from '@loved/shared';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DialogClose, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useCreateApiKey } from '@/features/api-access/api/create-api-key';
import { CheckboxGroup } from '@/features/api-access/components/checkbox-group';
import { CheckboxOption } from '@/features/api-access/components/checkbox-option';
import { API_KEY_SCOPE_OPTIONS } from '@/features/api-access/utils/api-key-scopes';
import { earliestExpiryDate, expiryDateToIso } from '@/features/api-access/utils/expiry-date';
import { toggleValue } from '@/features/api-access/utils/toggle-value';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';

type FormErrors = { name?: string; scopes?: string; expires_at?: string };

export type CreateApiKeyFormProps = {
  /** The key as created, with its secret, for the dialog to show once. */
  onCreated: (created: CreatedApiKeyResponse) => void;
};

/** "Nova chave": a name, the scopes it may use and an optional last day. */
export function CreateApiKeyForm({ onCreated }: CreateApiKeyFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const earliest = earliestExpiryDate();

  const validate = (): FormErrors => {
    const found: FormErrors = {};
    if (name.trim() === '') found.name = t('apiAccess.keys.create.nameRequired');
    if (scopes.length === 0) found.scopes = t('apiAccess.keys.create.scopesRequired');
    if (expiresOn !== '' && expiresOn < earliest) {
      found.expires_at = t('apiAccess.keys.create.expiresAtPast');
    }
    return found;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    try {
      onCreated(
        await create.mutateAsync({
          name: name.trim(),
          scopes,
          expires_at: expiresOn === '' ? null : expiryDateToIso(expiresOn),
        }),
      );
    } catch (error) {
      const byField = fieldErrorsOf(error, t, dictionary);
      setErrors({ name: byField.name, scopes: byField.scopes, expires_at: byField.expires_at });
      if (!byField.name && !byField.scopes && !byField.expires_at) {
        setFailure(describeError(error, t, dictionary));
      }
      focusFirstInvalid();
    }
  };

  return (
    <form
      ref={formRef}
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Field label={t('apiAccess.keys.create.name')} error={errors.name}>
        {(control) => (
          <Input
            {...control}
            autoComplete="off"
            maxLength={100}
            placeholder={t('apiAccess.keys.create.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <CheckboxGroup legend={t('apiAccess.keys.create.scopes')} error={errors.scopes}>
        {API_KEY_SCOPE_OPTIONS.map((scope) => (
          <CheckboxOption
            key={scope}
            label={t(`apiAccess.keys.scopes.${scope}.label`)}
            description={t(`apiAccess.keys.scopes.${scope}.description`)}
            checked={scopes.includes(scope)}
            onCheckedChange={(checked) =>
              setScopes((current) => toggleValue(current, scope, checked, API_KEY_SCOPE_OPTIONS))
            }
          />
        ))}
      </CheckboxGroup>
      <Field
        label={t('apiAccess.keys.create.expiresAt')}
        hint={t('apiAccess.keys.create.expiresAtHint')}
        error={errors.expires_at}
      >
        {(control) => (
          <Input
            {...control}
            type="date"
            min={earliest}
            className="w-fit"
            value={expiresOn}
            onChange={(event) => setExpiresOn(event.target.value)}
          />
        )}
      </Field>
      {failure ? (
        <Alert variant="destructive">
          <AlertDescription className="col-span-2 col-start-1">{failure}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t('common.cancel')}</Button>
        </DialogClose>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending
            ? t('apiAccess.keys.create.submitting')
            : t('apiAccess.keys.create.submit')}
        </Button>
      </DialogFooter>
    </form>
  );
}
