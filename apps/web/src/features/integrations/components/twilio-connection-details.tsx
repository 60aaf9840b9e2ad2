import type { TwilioIntegrationResponse } from '@loved/shared';
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
  const rows: Array<[string, string]> = [];
  if (integration.friendly_name) {
    rows.push([t('integrations.twilio.friendlyName'), integration.friendly_name]);
  }
  if (integration.account_sid) {
    rows.push([t('integrations.twilio.accountSid'), integration.account_sid]);
  }
  if (integration.phone_number) {
    rows.push([t('integrations.twilio.phoneNumber'), integration.phone_number]);
  }
  if (integration.agent_phone) {
    rows.push([t('integrations.twilio.agentPhone'), integration.agent_phone]);
  }
  if (integration.connected_at) {
    rows.push([t('integrations.twilio.connectedAt'), dateTime(integration.connected_at)]);
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
