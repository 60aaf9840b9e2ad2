import { useDisconnectTwilio } from '@/features/integrations/api/disconnect-twilio';
import { useTwilioIntegration } from '@/features/integrations/api/get-twilio-integration';
import { IntegrationCardShell } from '@/features/integrations/components/integration-card-shell';
import { TwilioConnectForm } from '@/features/integrations/components/twilio-connect-form';
import { TwilioConnectionDetails } from '@/features/integrations/components/twilio-connection-details';
import { TwilioWebhookSetup } from '@/features/integrations/components/twilio-webhook-setup';

/**
 * Settings → Ligações (Twilio), for admins: the connection's status, the account and numbers,
 * the two webhook URLs to paste on the number at Twilio, the credentials form and disconnecting.
 */
export function TwilioIntegrationCard(): React.JSX.Element {
  const integration = useTwilioIntegration();
  const disconnect = useDisconnectTwilio();

  return (
    <IntegrationCardShell
      provider="twilio"
      integration={integration}
      disconnect={disconnect}
      renderDetails={(data) => <TwilioConnectionDetails integration={data} />}
      renderSetup={(data) => <TwilioWebhookSetup integration={data} />}
      renderForm={(data, form) => <TwilioConnectForm integration={data} {...form} />}
      disconnectNumberOf={(data) => data.phone_number ?? data.account_sid ?? ''}
    />
  );
}
