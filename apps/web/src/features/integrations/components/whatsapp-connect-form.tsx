import type { ConnectWhatsAppRequest, WhatsAppIntegrationResponse } from '@loved/shared';
import { TriangleAlert, Wand } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useConnectWhatsApp } from '@/features/integrations/api/connect-whatsapp';
import {
  connectErrorsOf,
  type ConnectErrors,
  type ConnectField,
} from '@/features/integrations/utils/connect-errors';
import { generateVerifyToken } from '@/features/integrations/utils/verify-token';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

type FieldSpec = {
  name: ConnectField;
  label: TranslationKey;
  hint: TranslationKey;
  /** Secrets are typed blind; the rest are ids the admin copies from Meta and can check. */
  isSecret?: boolean;
  /** Meta's ids are digits only. */
  isNumeric?: boolean;
};

const FIELDS: readonly FieldSpec[] = [
  {
    name: 'display_phone_number',
    label: 'integrations.whatsapp.form.displayPhoneNumber',
    hint: 'integrations.whatsapp.form.displayPhoneNumberHint',
  },
  {
    name: 'phone_number_id',
    label: 'integrations.whatsapp.form.phoneNumberId',
    hint: 'integrations.whatsapp.form.phoneNumberIdHint',
    isNumeric: true,
  },
  {
    name: 'waba_id',
    label: 'integrations.whatsapp.form.wabaId',
    hint: 'integrations.whatsapp.form.wabaIdHint',
    isNumeric: true,
  },
  {
    name: 'access_token',
    label: 'integrations.whatsapp.form.accessToken',
    hint: 'integrations.whatsapp.form.accessTokenHint',
    isSecret: true,
  },
  {
    name: 'app_secret',
    label: 'integrations.whatsapp.form.appSecret',
    hint: 'integrations.whatsapp.form.appSecretHint',
    isSecret: true,
  },
  {
    name: 'verify_token',
    label: 'integrations.whatsapp.form.verifyToken',
    hint: 'integrations.whatsapp.form.verifyTokenHint',
  },
];

const EMPTY_ERRORS: ConnectErrors = { fields: {} };

function initialValues(integration: WhatsAppIntegrationResponse): ConnectWhatsAppRequest {
  return {
    display_phone_number: integration.display_phone_number ?? '',
    phone_number_id: integration.phone_number_id ?? '',
    waba_id: integration.waba_id ?? '',
    access_token: '',
    app_secret: '',
    verify_token: '',
  };
}

export type WhatsAppConnectFormProps = {
  integration: WhatsAppIntegrationResponse;
  /** After a successful save. */
  onConnected: () => void;
  /** Shown as a cancel button when the form was opened over a working connection. */
  onCancel?: () => void;
};

/**
 * The credentials of the agency's WhatsApp number, checked with Meta when saved. The ids come
 * back filled in; the secrets never do, so an update asks for them all again.
 */
export function WhatsAppConnectForm({
  integration,
  onConnected,
  onCancel,
}: WhatsAppConnectFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const connect = useConnectWhatsApp();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<ConnectWhatsAppRequest>(() => initialValues(integration));
  const [errors, setErrors] = useState<ConnectErrors>(EMPTY_ERRORS);
  const isUpdate = integration.status !== 'disconnected';

  const setValue = (name: ConnectField, value: string): void =>
    setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (connect.isPending) return;
    const body = Object.fromEntries(
      FIELDS.map(({ name }) => [name, values[name].trim()]),
    ) as ConnectWhatsAppRequest;
    const missing = Object.fromEntries(
      FIELDS.filter(({ name }) => !body[name]).map(({ name }) => [name, t('validation.required')]),
    );
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing });
      focusFirstInvalid();
      return;
    }
    setErrors(EMPTY_ERRORS);
    try {
      await connect.mutateAsync(body);
      setValues((current) => ({ ...current, access_token: '', app_secret: '' }));
      showToast({
        title: isUpdate
          ? t('integrations.whatsapp.form.updated')
          : t('integrations.whatsapp.form.connected'),
        variant: 'success',
      });
      onConnected();
    } catch (failure) {
      setErrors(connectErrorsOf(failure, t, dictionary));
      focusFirstInvalid();
    }
  };

  return (
    <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      <div>
        <h3 className="text-sm font-semibold">
          {isUpdate
            ? t('integrations.whatsapp.form.updateTitle')
            : t('integrations.whatsapp.form.connectTitle')}
        </h3>
        {isUpdate ? (
          <p className="mt-1 text-xs text-muted-foreground">
            {t('integrations.whatsapp.form.secretsHint')}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <Field
            key={field.name}
            label={t(field.label)}
            hint={t(field.hint)}
            error={errors.fields[field.name]}
          >
            {(control) => (
              <div className="flex gap-2">
                <Input
                  {...control}
                  name={field.name}
                  type={field.isSecret ? 'password' : 'text'}
                  // Keeps password managers from offering the user's own login here.
                  autoComplete={field.isSecret ? 'new-password' : 'off'}
                  spellCheck={false}
                  inputMode={field.isNumeric ? 'numeric' : undefined}
                  required
                  value={values[field.name]}
                  onChange={(event) => setValue(field.name, event.target.value)}
                />
                {field.name === 'verify_token' ? (
                  <Button
                    variant="outline"
                    size="icon"
                    aria-label={t('integrations.whatsapp.form.generateVerifyToken')}
                    title={t('integrations.whatsapp.form.generateVerifyToken')}
                    onClick={() => setValue('verify_token', generateVerifyToken())}
                  >
                    <Wand aria-hidden="true" />
                  </Button>
                ) : null}
              </div>
            )}
          </Field>
        ))}
      </div>
      {errors.form ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{errors.form}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel ? (
          <Button variant="outline" onClick={onCancel}>
            {t('integrations.whatsapp.form.cancelEdit')}
          </Button>
        ) : null}
        <Button type="submit" disabled={connect.isPending}>
          {connect.isPending
            ? t('integrations.whatsapp.form.submitting')
            : isUpdate
              ? t('integrations.whatsapp.form.submitUpdate')
              : t('integrations.whatsapp.form.submit')}
        </Button>
      </div>
    </form>
  );
}
