import type { MailOAuthProvider, MailServerSettings } from '@loved/shared';

/** A mailbox's OAuth2 grant as sealed: the access token and what renews it. */
export type StoredMailOAuth2 = {
  provider: MailOAuthProvider;
  access_token: string;
  /** When the access token stops working (ISO 8601); null when the provider did not say. */
  expires_at: string | null;
  refresh_token: string | null;
  client_id: string | null;
  client_secret: string | null;
};

/**
 * The secrets of a mailbox, sealed in `organization_integrations`: both logins, whole, and
 * with OAuth2 auth the grant both log in with (the servers then carry no password).
 */
export type EmailCredentials = {
  imap: MailServerSettings;
  smtp: MailServerSettings;
  oauth2?: StoredMailOAuth2;
};

/** What may be shown about a mailbox, kept in the integration's `settings`. */
export type EmailSettings = {
  email_address: string;
  display_name: string | null;
  /** `password` or `oauth2`; absent on mailboxes connected before OAuth2 (password). */
  auth?: string;
  oauth_provider?: string | null;
  imap_host: string;
  imap_port: string;
  smtp_host: string;
  smtp_port: string;
  create_leads_for_unknown_senders: 'true' | 'false';
  sync_days: string;
};
