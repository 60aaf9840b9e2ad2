import type { ConnectTwilioRequest, TwilioIntegrationResponse } from '@loved/shared';
import { TriangleAlert } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useConnectTwilio } from '@/features/integrations/api/connect-twilio';
import {
  twilioConnectErrorsOf,
  type TwilioConnectErrors,
  type TwilioConnectField,
} from '@/features/integrations/utils/twilio-connect-errors';
import {
  initialTwilioValues,
  twilioRequestOf,
  twilioValueProblems,
} from '@/features/integrations/utils/twilio-connect-values';
import { useFocusFirstInvalid } from '@/hooks/use-focus-first-invalid';
import type { TranslationKey } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

type FieldSpec = {
  name: TwilioConnectField;
  label: TranslationKey;
  hint: TranslationKey;
  kind: 'id' | 'secret' | 'phone';
  placeholder?: string;
};

const FIELDS: readonly FieldSpec[] = [
  {
    name: 'account_sid',
    label: 'integrations.twilio.form.accountSid',
    hint: 'integrations.twilio.form.accountSidHint',
    kind: 'id',
    placeholder: 'AC…',
  },
  {
    name: 'auth_token',
    label: 'integrations.twilio.form.authToken',
    hint: 'integrations.twilio.form.authTokenHint',
    kind: 'secret',
  },
  {
    name: 'phone_number',
    label: 'integrations.twilio.form.phoneNumber',
    hint: 'integrations.twilio.form.phoneNumberHint',
    kind: 'phone',
    placeholder: '+5511…',
  },
  {
    name: 'agent_phone',
    label: 'integrations.twilio.form.agentPhone',
    hint: 'integrations.twilio.form.agentPhoneHint',
    kind: 'phone',
    placeholder: '+5511…',
  },
];

const INPUT_TYPES: Record<FieldSpec['kind'], string> = {
  id: 'text',
  secret: 'password',
  phone: 'tel',
};

const EMPTY_ERRORS: TwilioConnectErrors = { fields: {} };

export type TwilioConnectFormProps = {
  integration: TwilioIntegrationResponse;
  /** After a successful save. */
  onConnected: () => void;
  /** Shown as a cancel button when the form was opened over a working connection. */
  onCancel?: () => void;
};

/**
 * The Twilio account and numbers, checked with Twilio when saved. The SID and numbers come back
 * filled in; the auth token never does, so an update asks for it again.
 */
export function TwilioConnectForm({
  integration,
  onConnected,
  onCancel,
}: TwilioConnectFormProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const connect = useConnectTwilio();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();
  const [values, setValues] = useState<ConnectTwilioRequest>(() =>
    initialTwilioValues(integration),
  );
  const [errors, setErrors] = useState<TwilioConnectErrors>(EMPTY_ERRORS);
  const isUpdate = integration.status !== 'disconnected';

  const setValue = (name: TwilioConnectField, value: string): void =>
    setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (connect.isPending) return;
    const body = twilioRequestOf(values);
    const problems = Object.entries(twilioValueProblems(body));
    if (problems.length > 0) {
      setErrors({ fields: Object.fromEntries(problems.map(([name, key]) => [name, t(key)])) });
      focusFirstInvalid();
      return;
    }
    setErrors(EMPTY_ERRORS);
    try {
      await connect.mutateAsync(body);
      setValues((current) => ({ ...current, auth_token: '' }));
      showToast({
        title: isUpdate
          ? t('integrations.twilio.form.updated')
          : t('integrations.twilio.form.connected'),
        variant: 'success',
      });
      onConnected();
    } catch (failure) {
      setErrors(twilioConnectErrorsOf(failure, t, dictionary));
      focusFirstInvalid();
    }
  };

  return (
    <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      <div>
        <h3 className="text-sm font-semibold">
          {isUpdate
            ? t('integrations.twilio.form.updateTitle')
            : t('integrations.twilio.form.connectTitle')}
        </h3>
        {isUpdate ? (
          <p className="mt-1 text-xs text-muted-foreground">
            {t('integrations.twilio.form.secretsHint')}
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
              <Input
                {...control}
                name={field.name}
                type={INPUT_TYPES[field.kind]}
                // Keeps password managers from offering the user's own login here.
                autoComplete={field.kind === 'secret' ? 'new-password' : 'off'}
                spellCheck={false}
                inputMode={field.kind === 'phone' ? 'tel' : undefined}
                placeholder={field.placeholder}
                required
                value={values[field.name]}
                onChange={(event) => setValue(field.name, event.target.value)}
              />
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
            {t('integrations.twilio.form.cancelEdit')}
          </Button>
        ) : null}
        <Button type="submit" disabled={connect.isPending}>
          {connect.isPending
            ? t('integrations.twilio.form.submitting')
            : isUpdate
              ? t('integrations.twilio.form.submitUpdate')
              : t('integrations.twilio.form.submit')}
        </Button>
      </div>
    </form>
  );
}
