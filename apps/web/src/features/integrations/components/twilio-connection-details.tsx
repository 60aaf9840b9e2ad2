import type { TwilioIntegrationResponse } from '@loved/shared';
import { ConnectionDetailsList } from '@/features/integrations/components/connection-details-list';
import { useTranslation } from '@/lib/i18n/use-translation';

export type TwilioConnectionDetailsProps = {
  integration: TwilioIntegrationResponse;
};

/** The connected account as Twilio knows it, its numbers, and since when. */
export function TwilioConnectionDetails({
  integration,
}: TwilioConnectionDetailsProps): React.JSX.Element | null {
  const { t, dateTime } = useTranslation();
  if (integration.status === 'disconnected') return null;
  const connectedAt = integration.connected_at ? dateTime(integration.connected_at) : null;

  return (
    <ConnectionDetailsList
      rows={[
        [t('integrations.twilio.friendlyName'), integration.friendly_name],
        [t('integrations.twilio.accountSid'), integration.account_sid],
        [t('integrations.twilio.phoneNumber'), integration.phone_number],
        [t('integrations.twilio.agentPhone'), integration.agent_phone],
        [t('integrations.twilio.connectedAt'), connectedAt],
      ]}
    />
  );
}
