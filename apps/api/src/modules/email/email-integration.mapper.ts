import {
  IntegrationStatus,
  MailAuthMethod,
  MailOAuthProvider,
  type EmailIntegrationResponse,
} from '@loved/shared';
import type { IntegrationEntity } from '../integrations/integration.entity';

const DEFAULT_SYNC_DAYS = 30;

const numberOrNull = (value: string | null | undefined): number | null =>
  value ? Number(value) : null;

const oauthProviderOf = (value: string | null | undefined): MailOAuthProvider | null =>
  Object.values(MailOAuthProvider).find((provider) => provider === value) ?? null;

/** Status without secrets; `disconnected` with empty fields when nothing was ever connected. */
export function toEmailIntegrationResponse(
  integration: IntegrationEntity | null,
): EmailIntegrationResponse {
  const settings = integration?.settings ?? {};
  return {
    provider: 'email',
    status: integration?.status ?? IntegrationStatus.Disconnected,
    email_address: settings.email_address ?? null,
    display_name: settings.display_name ?? null,
    // Mailboxes connected before OAuth2 have no `auth`: they log in with passwords.
    auth: settings.auth === MailAuthMethod.OAuth2 ? MailAuthMethod.OAuth2 : MailAuthMethod.Password,
    oauth_provider: oauthProviderOf(settings.oauth_provider),
    imap_host: settings.imap_host ?? null,
    imap_port: numberOrNull(settings.imap_port),
    smtp_host: settings.smtp_host ?? null,
    smtp_port: numberOrNull(settings.smtp_port),
    create_leads_for_unknown_senders: settings.create_leads_for_unknown_senders === 'true',
    sync_days: numberOrNull(settings.sync_days) ?? DEFAULT_SYNC_DAYS,
    connected_at: integration?.connectedAt?.toISOString() ?? null,
    updated_at: integration?.updatedAt.toISOString() ?? null,
    last_error: integration?.lastError ?? null,
  };
}
