import type { EmailIntegrationResponse, MailAuthMethod, MailOAuthProvider } from '@loved/shared';
import { TriangleAlert } from 'lucide-react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useConnectEmail } from '@/features/integrations/api/connect-email';
import { CredentialField } from '@/features/integrations/components/credential-field';
import { EmailAuthMethodField } from '@/features/integrations/components/email-auth-method-field';
import { EmailCheckboxField } from '@/features/integrations/components/email-checkbox-field';
import { EmailOAuthFields } from '@/features/integrations/components/email-oauth-fields';
import { EmailServerGroup } from '@/features/integrations/components/email-server-group';
import { useConnectForm, type ConnectForm } from '@/features/integrations/hooks/use-connect-form';
import type { ConnectFormSlotProps } from '@/features/integrations/types/connect-form';
import { emailConnectErrorsOf } from '@/features/integrations/utils/email-connect-errors';
import {
  authMethodOf,
  emailRequestOf,
  emailValueProblems,
  initialEmailValues,
  oauthProviderOf,
  trimmedEmailValues,
  type EmailConnectField,
  type EmailConnectValues,
} from '@/features/integrations/utils/email-connect-values';
import { oauthPresetValuesOf } from '@/features/integrations/utils/email-oauth-presets';
import { useTranslation } from '@/lib/i18n/use-translation';

/** Never sent back by the API; the token's lifetime counts from when it was typed. */
const SECRET_FIELDS: readonly EmailConnectField[] = [
  'imap_password',
  'smtp_password',
  'oauth2_access_token',
  'oauth2_expires_in',
  'oauth2_refresh_token',
  'oauth2_client_secret',
];

export type EmailConnectFormProps = ConnectFormSlotProps & {
  integration: EmailIntegrationResponse;
};

/**
 * The mailbox: address, how to log in (passwords or an OAuth2 token), IMAP and SMTP servers,
 * checked by logging in to both when saved. Passwords and tokens never come back, so an update
 * asks for them again. Laid out by hand rather than with IntegrationConnectForm: the server
 * groups, the login choice and the checkboxes do not fit its grid.
 */
export function EmailConnectForm({
  integration,
  onConnected,
  onCancel,
}: EmailConnectFormProps): React.JSX.Element {
  const { t } = useTranslation();
  const connect = useConnectEmail();
  const form: ConnectForm<EmailConnectValues> = useConnectForm<EmailConnectValues>({
    provider: 'email',
    status: integration.status,
    initialValues: () => initialEmailValues(integration),
    toRequest: trimmedEmailValues,
    problemsOf: emailValueProblems,
    // A refused login goes under the password or the token, whichever was sent: the values
    // are those of the render the save started from.
    errorsOf: (failure, t, dictionary) =>
      emailConnectErrorsOf(failure, t, dictionary, authMethodOf(values)),
    secretFields: SECRET_FIELDS,
    // The form holds flat texts; the API takes the nested request.
    connect: {
      mutateAsync: (values) => connect.mutateAsync(emailRequestOf(values)),
      isPending: connect.isPending,
    },
    onConnected,
  });
  const { formRef, values, errors, isUpdate, isPending, setValue, handleSubmit } = form;
  const auth = authMethodOf(values);

  // Gmail and Outlook have well-known servers: fill in the ones the admin has not typed.
  const fillServersOf = (provider: MailOAuthProvider): void => {
    for (const [name, value] of Object.entries(oauthPresetValuesOf(provider, values))) {
      setValue(name as EmailConnectField, value);
    }
  };
  const chooseAuth = (method: MailAuthMethod): void => {
    setValue('auth', method);
    if (method === 'oauth2') fillServersOf(oauthProviderOf(values));
  };
  const chooseProvider = (provider: MailOAuthProvider): void => {
    setValue('oauth2_provider', provider);
    fillServersOf(provider);
  };

  return (
    <form ref={formRef} className="flex flex-col gap-4" onSubmit={handleSubmit} noValidate>
      <div>
        <h3 className="text-sm font-semibold">
          {isUpdate
            ? t('integrations.email.form.updateTitle')
            : t('integrations.email.form.connectTitle')}
        </h3>
        {isUpdate ? (
          <p className="mt-1 text-xs text-muted-foreground">
            {t('integrations.email.form.secretsHint')}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <CredentialField
          spec={{
            name: 'email_address',
            label: 'integrations.email.form.emailAddress',
            hint: 'integrations.email.form.emailAddressHint',
            kind: 'text',
            placeholder: 'contato@agencia.com.br',
          }}
          value={values.email_address}
          error={errors.fields.email_address}
          onChange={(value) => setValue('email_address', value)}
        />
        <CredentialField
          spec={{
            name: 'display_name',
            label: 'integrations.email.form.displayName',
            hint: 'integrations.email.form.displayNameHint',
            kind: 'text',
          }}
          value={values.display_name}
          error={errors.fields.display_name}
          onChange={(value) => setValue('display_name', value)}
        />
      </div>
      <EmailAuthMethodField value={auth} onChange={chooseAuth} />
      {auth === 'oauth2' ? (
        <EmailOAuthFields form={form} onProviderChange={chooseProvider} />
      ) : null}
      <EmailServerGroup server="imap" form={form} />
      <EmailServerGroup server="smtp" form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <CredentialField
          spec={{
            name: 'sync_days',
            label: 'integrations.email.form.syncDays',
            hint: 'integrations.email.form.syncDaysHint',
            kind: 'numeric',
          }}
          value={values.sync_days}
          error={errors.fields.sync_days}
          onChange={(value) => setValue('sync_days', value)}
        />
      </div>
      <EmailCheckboxField
        label={t('integrations.email.form.createLeads')}
        value={values.create_leads_for_unknown_senders}
        onChange={(value) => setValue('create_leads_for_unknown_senders', value)}
      />
      {errors.form ? (
        <Alert variant="destructive">
          <TriangleAlert aria-hidden="true" />
          <AlertDescription>{errors.form}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel ? (
          <Button variant="outline" onClick={onCancel}>
            {t('integrations.email.form.cancelEdit')}
          </Button>
        ) : null}
        <Button type="submit" disabled={isPending}>
          {isPending
            ? t('integrations.email.form.submitting')
            : isUpdate
              ? t('integrations.email.form.submitUpdate')
              : t('integrations.email.form.submit')}
        </Button>
      </div>
    </form>
  );
}
