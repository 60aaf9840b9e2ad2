import type { MailServerSettings } from '@loved/shared';

/** The secrets of a mailbox, sealed in `organization_integrations`: both logins, whole. */
export type EmailCredentials = { imap: MailServerSettings; smtp: MailServerSettings };

/** What may be shown about a mailbox, kept in the integration's `settings`. */
export type EmailSettings = {
  email_address: string;
  display_name: string | null;
  imap_host: string;
  imap_port: string;
  smtp_host: string;
  smtp_port: string;
  create_leads_for_unknown_senders: 'true' | 'false';
  sync_days: string;
};
