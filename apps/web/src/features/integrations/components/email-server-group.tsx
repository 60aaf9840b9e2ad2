import { CredentialField } from '@/features/integrations/components/credential-field';
import { EmailCheckboxField } from '@/features/integrations/components/email-checkbox-field';
import type { ConnectForm } from '@/features/integrations/hooks/use-connect-form';
import {
  authMethodOf,
  type EmailConnectValues,
} from '@/features/integrations/utils/email-connect-values';
import { useTranslation } from '@/lib/i18n/use-translation';

export type EmailServerGroupProps = {
  server: 'imap' | 'smtp';
  form: ConnectForm<EmailConnectValues>;
};

/**
 * One server of the mailbox (IMAP or SMTP): host, port, TLS, user and password. With OAuth2
 * there is no password: both servers log in with the token of the OAuth2 fields.
 */
export function EmailServerGroup({ server, form }: EmailServerGroupProps): React.JSX.Element {
  const { t } = useTranslation();
  const { values, errors, setValue } = form;
  const host = `${server}_host` as const;
  const port = `${server}_port` as const;
  const secure = `${server}_secure` as const;
  const username = `${server}_username` as const;
  const password = `${server}_password` as const;
  const withPassword = authMethodOf(values) === 'password';

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-semibold">
        {t(
          server === 'imap'
            ? 'integrations.email.form.imapGroup'
            : 'integrations.email.form.smtpGroup',
        )}
      </legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <CredentialField
          spec={{
            name: host,
            label: 'integrations.email.form.host',
            hint: 'integrations.email.form.hostHint',
            kind: 'text',
            placeholder: server === 'imap' ? 'imap.gmail.com' : 'smtp.gmail.com',
          }}
          value={values[host]}
          error={errors.fields[host]}
          onChange={(value) => setValue(host, value)}
        />
        <CredentialField
          spec={{
            name: port,
            label: 'integrations.email.form.port',
            hint: 'integrations.email.form.portHint',
            kind: 'numeric',
          }}
          value={values[port]}
          error={errors.fields[port]}
          onChange={(value) => setValue(port, value)}
        />
        <CredentialField
          spec={{
            name: username,
            label: 'integrations.email.form.username',
            hint: 'integrations.email.form.usernameHint',
            kind: 'text',
          }}
          value={values[username]}
          error={errors.fields[username]}
          onChange={(value) => setValue(username, value)}
        />
        {withPassword ? (
          <CredentialField
            spec={{
              name: password,
              label: 'integrations.email.form.password',
              hint: 'integrations.email.form.passwordHint',
              kind: 'secret',
            }}
            value={values[password]}
            error={errors.fields[password]}
            onChange={(value) => setValue(password, value)}
          />
        ) : null}
      </div>
      <EmailCheckboxField
        label={t('integrations.email.form.secure')}
        value={values[secure]}
        onChange={(value) => setValue(secure, value)}
      />
    </fieldset>
  );
}
