import type { WhatsAppIntegrationResponse } from '@loved/shared';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WhatsAppConnectionDetailsProps = {
  integration: WhatsAppIntegrationResponse;
};

/** The connected number as Meta knows it: number, verified business name, since when. */
export function WhatsAppConnectionDetails({
  integration,
}: WhatsAppConnectionDetailsProps): React.JSX.Element | null {
  const { t, dateTime } = useTranslation();
  const rows: Array<[string, string]> = [];
  if (integration.display_phone_number) {
    rows.push([t('integrations.whatsapp.number'), integration.display_phone_number]);
  }
  if (integration.verified_name) {
    rows.push([t('integrations.whatsapp.verifiedName'), integration.verified_name]);
  }
  if (integration.connected_at) {
    rows.push([t('integrations.whatsapp.connectedAt'), dateTime(integration.connected_at)]);
  }
  if (rows.length === 0) return null;

  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
      {rows.map(([term, value]) => (
        <div key={term} className="flex flex-col gap-0.5">
          <dt className="text-xs text-muted-foreground">{term}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
