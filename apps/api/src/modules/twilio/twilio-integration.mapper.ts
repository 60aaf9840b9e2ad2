import { IntegrationStatus, type TwilioIntegrationResponse } from '@loved/shared';
import type { IntegrationEntity } from '../integrations/integration.entity';
import { TwilioWebhookPath } from './twilio-webhook-paths.constant';

/** Status without secrets; `disconnected` with empty fields when nothing was ever connected. */
export function toTwilioIntegrationResponse(
  integration: IntegrationEntity | null,
  origin: string,
): TwilioIntegrationResponse {
  const settings = integration?.settings ?? {};
  const connected = integration && integration.status !== IntegrationStatus.Disconnected;
  return {
    provider: 'twilio',
    status: integration?.status ?? IntegrationStatus.Disconnected,
    account_sid: connected ? integration.accountId : null,
    friendly_name: settings.friendly_name ?? null,
    phone_number: settings.phone_number ?? null,
    agent_phone: settings.agent_phone ?? null,
    voice_url: `${origin}${TwilioWebhookPath.Inbound}`,
    status_callback_url: `${origin}${TwilioWebhookPath.Status}`,
    connected_at: integration?.connectedAt?.toISOString() ?? null,
    updated_at: integration?.updatedAt.toISOString() ?? null,
    last_error: integration?.lastError ?? null,
  };
}
