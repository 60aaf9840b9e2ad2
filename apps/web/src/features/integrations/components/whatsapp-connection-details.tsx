import type { WhatsAppIntegrationResponse } from '@loved/shared';
import { ConnectionDetailsList } from '@/features/integrations/components/connection-details-list';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppConnectionDetailsProps = {
  integration: WhatsAppIntegrationResponse;
};

/** The connected number as Meta knows it: number, verified business name, since when. */
export function WhatsAppConnectionDetails({
  integration,
}: WhatsAppConnectionDetailsProps): React.JSX.Element | null {
  const { t, dateTime } = useTranslation();
  const connectedAt = integration.connected_at ? dateTime(integration.connected_at) : null;

  return (
    <ConnectionDetailsList
      rows={[
        [t('integrations.whatsapp.number'), integration.display_phone_number],
        [t('integrations.whatsapp.verifiedName'), integration.verified_name],
        [t('integrations.whatsapp.connectedAt'), connectedAt],
      ]}
    />
  );
}
