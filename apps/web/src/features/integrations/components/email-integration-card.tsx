import { useDisconnectEmail } from '@/features/integrations/api/disconnect-email';
import { useEmailIntegration } from '@/features/integrations/api/get-email-integration';
import { EmailConnectForm } from '@/features/integrations/components/email-connect-form';
import { EmailConnectionDetails } from '@/features/integrations/components/email-connection-details';
import { EmailDropboxAddress } from '@/features/integrations/components/email-dropbox-address';
import { IntegrationCardShell } from '@/features/integrations/components/integration-card-shell';

/**
 * Settings → E-mail, for admins: the mailbox's status, its servers, the IMAP/SMTP credentials
 * form and disconnecting, and the drop-box address to BCC or forward e-mails to.
 */
export function EmailIntegrationCard(): React.JSX.Element {
  const integration = useEmailIntegration();
  const disconnect = useDisconnectEmail();

  return (
    <IntegrationCardShell
      provider="email"
      integration={integration}
      disconnect={disconnect}
      renderDetails={(data) => <EmailConnectionDetails integration={data} />}
      renderSetup={() => <EmailDropboxAddress />}
      renderForm={(data, form) => <EmailConnectForm integration={data} {...form} />}
      disconnectNumberOf={(data) => data.email_address ?? ''}
    />
  );
}
