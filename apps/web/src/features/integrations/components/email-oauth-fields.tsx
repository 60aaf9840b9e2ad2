import type { MailOAuthProvider } from '@loved/shared';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { CredentialField } from '@/features/integrations/components/credential-field';
import type { ConnectForm } from '@/features/integrations/hooks/use-connect-form';
import {
  oauthProviderOf,
  type EmailConnectValues,
} from '@/features/integrations/utils/email-connect-values';
import { useTranslation } from '@/lib/i18n/use-translation';

const PROVIDERS: readonly MailOAuthProvider[] = ['google', 'microsoft'];

export type EmailOAuthFieldsProps = {
  form: ConnectForm<EmailConnectValues>;
  /** The form also fills in the provider's servers, so it hears of the choice. */
  onProviderChange: (provider: MailOAuthProvider) => void;
};

/**
 * The OAuth2 grant both servers log in with (XOAUTH2): the provider, its access token and,
 * optionally, what the CRM needs to renew it by itself.
 */
export function EmailOAuthFields({
  form,
  onProviderChange,
}: EmailOAuthFieldsProps): React.JSX.Element {
  const { t } = useTranslation();
  const { values, errors, setValue } = form;

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-semibold">
        {t('integrations.email.form.oauth2Group')}
      </legend>
      <p className="text-xs text-muted-foreground">{t('integrations.email.form.oauth2Help')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t('integrations.email.form.oauth2Provider')}
          hint={t('integrations.email.form.oauth2ProviderHint')}
          error={errors.fields.oauth2_provider}
        >
          {(control) => (
            <Select
              {...control}
              name="oauth2_provider"
              value={oauthProviderOf(values)}
              onChange={(event) =>
                onProviderChange(oauthProviderOf({ oauth2_provider: event.target.value }))
              }
            >
              {PROVIDERS.map((provider) => (
                <option key={provider} value={provider}>
                  {t(`integrations.email.oauthProviders.${provider}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <CredentialField
          spec={{
            name: 'oauth2_access_token',
            label: 'integrations.email.form.oauth2AccessToken',
            hint: 'integrations.email.form.oauth2AccessTokenHint',
            kind: 'secret',
          }}
          value={values.oauth2_access_token}
          error={errors.fields.oauth2_access_token}
          onChange={(value) => setValue('oauth2_access_token', value)}
        />
        <CredentialField
          spec={{
            name: 'oauth2_expires_in',
            label: 'integrations.email.form.oauth2ExpiresIn',
            hint: 'integrations.email.form.oauth2ExpiresInHint',
            kind: 'numeric',
            placeholder: '3599',
            optional: true,
          }}
          value={values.oauth2_expires_in}
          error={errors.fields.oauth2_expires_in}
          onChange={(value) => setValue('oauth2_expires_in', value)}
        />
        <CredentialField
          spec={{
            name: 'oauth2_refresh_token',
            label: 'integrations.email.form.oauth2RefreshToken',
            hint: 'integrations.email.form.oauth2RefreshTokenHint',
            kind: 'secret',
            optional: true,
          }}
          value={values.oauth2_refresh_token}
          error={errors.fields.oauth2_refresh_token}
          onChange={(value) => setValue('oauth2_refresh_token', value)}
        />
        <CredentialField
          spec={{
            name: 'oauth2_client_id',
            label: 'integrations.email.form.oauth2ClientId',
            hint: 'integrations.email.form.oauth2ClientIdHint',
            kind: 'text',
            optional: true,
          }}
          value={values.oauth2_client_id}
          error={errors.fields.oauth2_client_id}
          onChange={(value) => setValue('oauth2_client_id', value)}
        />
        <CredentialField
          spec={{
            name: 'oauth2_client_secret',
            label: 'integrations.email.form.oauth2ClientSecret',
            hint: 'integrations.email.form.oauth2ClientSecretHint',
            kind: 'secret',
            optional: true,
          }}
          value={values.oauth2_client_secret}
          error={errors.fields.oauth2_client_secret}
          onChange={(value) => setValue('oauth2_client_secret', value)}
        />
      </div>
    </fieldset>
  );
}
