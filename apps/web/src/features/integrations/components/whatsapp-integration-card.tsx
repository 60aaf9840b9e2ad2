import { useDisconnectWhatsApp } from '@/features/integrations/api/disconnect-whatsapp';
import { useWhatsAppIntegration } from '@/features/integrations/api/get-whatsapp-integration';
import { IntegrationCardShell } from '@/features/integrations/components/integration-card-shell';
import { WhatsAppConnectForm } from '@/features/integrations/components/whatsapp-connect-form';
import { WhatsAppConnectionDetails } from '@/features/integrations/components/whatsapp-connection-details';
import { WhatsAppFailedEvents } from '@/features/integrations/components/whatsapp-failed-events';
import { WhatsAppWebhookUrl } from '@/features/integrations/components/whatsapp-webhook-url';

/**
 * Settings → WhatsApp Business (admins): the connection's status, the webhook URL to paste in
 * Meta, the credentials form, disconnecting, and the webhook events that failed.
 */
export function WhatsAppIntegrationCard(): React.JSX.Element {
  const integration = useWhatsAppIntegration();
  const disconnect = useDisconnectWhatsApp();

  return (
    <IntegrationCardShell
      provider="whatsapp"
      integration={integration}
      disconnect={disconnect}
      renderDetails={(data) => <WhatsAppConnectionDetails integration={data} />}
      renderSetup={(data) => <WhatsAppWebhookUrl url={data.webhook_url} />}
      renderForm={(data, form) => <WhatsAppConnectForm integration={data} {...form} />}
      disconnectNumberOf={(data) => data.display_phone_number ?? data.phone_number_id ?? ''}
      footer={<WhatsAppFailedEvents />}
    />
  );
}
