import type { IntegrationError, IntegrationStatus } from './integration.type';

/** How the CRM logs in to a mailbox: its password (or app password), or an OAuth2 token. */
export const MailAuthMethod = {
  Password: 'password',
  /** SASL XOAUTH2/OAUTHBEARER with an access token, as Gmail and Outlook ask. */
  OAuth2: 'oauth2',
} as const;
export type MailAuthMethod = (typeof MailAuthMethod)[keyof typeof MailAuthMethod];

/** Whose OAuth2 server issued a mailbox's tokens; its token endpoint refreshes them. */
export const MailOAuthProvider = {
  Google: 'google',
  Microsoft: 'microsoft',
} as const;
export type MailOAuthProvider = (typeof MailOAuthProvider)[keyof typeof MailOAuthProvider];

/** One side of a mailbox: where to log in, and how. */
export type MailServerSettings = {
  host: string;
  port: number;
  /** TLS from the first byte (993/465); false: plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  username: string;
  /** Password or app password (required with `password` auth); never returned. */
  password?: string;
};

/**
 * The OAuth2 grant of a mailbox (auth `oauth2`), as the provider's token endpoint answered it.
 * With a refresh token and the OAuth client's id (and secret, for a web client) the CRM gets a
 * new access token itself when the old one expires. Never returned.
 */
export type MailOAuth2Grant = {
  provider: MailOAuthProvider;
  access_token: string;
  /** Seconds the access token stays valid from now (the token answer's `expires_in`). */
  expires_in?: number;
  refresh_token?: string;
  client_id?: string;
  client_secret?: string;
};

/**
 * `POST /api/v1/integrations/email` (admin): an IMAP + SMTP mailbox of the organisation. Both
 * logins are tested before anything is saved; passwords are stored encrypted.
 */
export type ConnectEmailRequest = {
  email_address: string;
  display_name?: string;
  imap: MailServerSettings;
  smtp: MailServerSettings;
  /** Default `password`: each server's password. `oauth2`: the `oauth2` grant for both. */
  auth?: MailAuthMethod;
  oauth2?: MailOAuth2Grant;
  /** A message from an unknown address creates a lead (default false: it is skipped). */
  create_leads_for_unknown_senders?: boolean;
  /** How far back the first sync reads, in days (default 30). */
  sync_days?: number;
};

/** `GET /api/v1/integrations/email`: status without secrets (`disconnected` when none). */
export type EmailIntegrationResponse = {
  provider: 'email';
  status: IntegrationStatus;
  email_address: string | null;
  display_name: string | null;
  auth: MailAuthMethod;
  /** The OAuth2 provider with `oauth2` auth, else null. */
  oauth_provider: MailOAuthProvider | null;
  imap_host: string | null;
  imap_port: number | null;
  smtp_host: string | null;
  smtp_port: number | null;
  create_leads_for_unknown_senders: boolean;
  sync_days: number;
  connected_at: string | null;
  updated_at: string | null;
  last_error: IntegrationError | null;
};

/**
 * `POST /api/v1/communications/email/send`: to the lead's e-mail address, from the connected
 * mailbox. `in_reply_to` is the id of a communication of the lead this answers (threading).
 */
export type SendEmailRequest = {
  lead_id: string;
  subject: string;
  body_html?: string;
  body_text?: string;
  cc?: string[];
  bcc?: string[];
  file_ids?: string[];
  in_reply_to?: string;
};

/** `metadata` of an `email` communication. */
export type EmailMetadata = {
  message_id: string;
  in_reply_to: string | null;
  references: string[];
  /** The Message-ID that starts the thread (the first of `references`, or its own). */
  thread_id: string;
  from_email: string;
  from_name: string | null;
  to_email: string[];
  cc: string[];
  /** The HTML body, sanitised server-side; remote images are kept as `data-blocked-src`. */
  html: string | null;
  /** The HTML referenced remote images (shown only when the reader asks). */
  has_remote_images: boolean;
};
