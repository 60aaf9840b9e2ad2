import type { EmailIntegrationResponse } from '@loved/shared';
import { ConnectionDetailsList } from '@/features/integrations/components/connection-details-list';
import { useTranslation } from '@/lib/i18n/use-translation';

export type EmailConnectionDetailsProps = {
  integration: EmailIntegrationResponse;
};

function serverOf(host: string | null, port: number | null): string | null {
  if (!host) return null;
  return port ? `${host}:${port}` : host;
}

/** The connected mailbox, its servers, and since when. */
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
