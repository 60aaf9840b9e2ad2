import type { EmailIntegrationResponse } from '@loved/shared';
import { ConnectionDetailsList } from '@/features/integrations/components/connection-details-list';
import type { Translate } from '@/lib/i18n/translate';
import { useTranslation } from '@/lib/i18n/use-translation';

export type EmailConnectionDetailsProps = {
  integration: EmailIntegrationResponse;
};

function serverOf(host: string | null, port: number | null): string | null {
  if (!host) return null;
  return port ? `${host}:${port}` : host;
}

/** "Senha", or "OAuth2 (Google)": whose token the mailbox logs in with. */
function authOf(integration: EmailIntegrationResponse, t: Translate): string {
  if (integration.auth !== 'oauth2') return t('integrations.email.authMethods.password');
  if (!integration.oauth_provider) return t('integrations.email.authMethods.oauth2');
  return t('integrations.email.authOAuth2Provider', {
    provider: t(`integrations.email.oauthProviders.${integration.oauth_provider}`),
  });
}

/** The connected mailbox, how it logs in, its servers, and since when. */
export function EmailConnectionDetails({
  integration,
}: EmailConnectionDetailsProps): React.JSX.Element | null {
  const { t, dateTime } = useTranslation();
  if (integration.status === 'disconnected') return null;
  const connectedAt = integration.connected_at ? dateTime(integration.connected_at) : null;

  return (
    <ConnectionDetailsList
      rows={[
        [t('integrations.email.emailAddress'), integration.email_address],
        [t('integrations.email.displayName'), integration.display_name],
        [t('integrations.email.auth'), authOf(integration, t)],
        [
          t('integrations.email.imapServer'),
          serverOf(integration.imap_host, integration.imap_port),
        ],
        [
          t('integrations.email.smtpServer'),
          serverOf(integration.smtp_host, integration.smtp_port),
        ],
        [t('integrations.email.connectedAt'), connectedAt],
      ]}
    />
  );
}
