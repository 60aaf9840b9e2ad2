import { IntegrationStatus, type WhatsAppIntegrationResponse } from '@loved/shared';
import type { IntegrationEntity } from '../integrations/integration.entity';

/** Status without secrets; `disconnected` with empty fields when nothing was ever connected. */
export function toWhatsAppIntegrationResponse(
  integration: IntegrationEntity | null,
  webhookUrl: string,
): WhatsAppIntegrationResponse {
  const settings = integration?.settings ?? {};
  return {
    provider: 'whatsapp',
    status: integration?.status ?? IntegrationStatus.Disconnected,
    phone_number_id: settings.phone_number_id ?? null,
    waba_id: settings.waba_id ?? null,
    display_phone_number: settings.display_phone_number ?? null,
    verified_name: settings.verified_name ?? null,
    webhook_url: webhookUrl,
    connected_at: integration?.connectedAt?.toISOString() ?? null,
    updated_at: integration?.updatedAt.toISOString() ?? null,
    last_error: integration?.lastError ?? null,
  };
}
