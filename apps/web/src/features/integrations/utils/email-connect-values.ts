import type {
  ConnectEmailRequest,
  EmailIntegrationResponse,
  MailAuthMethod,
  MailOAuth2Grant,
  MailOAuthProvider,
  MailServerSettings,
} from '@loved/shared';
import type { TranslationKey } from '@/lib/i18n/translate';

/**
 * The e-mail form as flat texts, as the shared connect form holds values: the nested IMAP and
 * SMTP settings become `imap_host`, `smtp_port`…, the OAuth2 grant `oauth2_access_token`…
 * (the API's `oauth2.access_token` flattened, so its field errors land on them), and the
 * checkboxes `'true'` / `'false'`.
 */
export type EmailConnectValues = {
  email_address: string;
  display_name: string;
  /** A `MailAuthMethod`: which of the passwords or the OAuth2 grant is shown and sent. */
  auth: string;
  /** A `MailOAuthProvider`. */
  oauth2_provider: string;
  oauth2_access_token: string;
  oauth2_expires_in: string;
  oauth2_refresh_token: string;
  oauth2_client_id: string;
  oauth2_client_secret: string;
  imap_host: string;
  imap_port: string;
  imap_secure: string;
  imap_username: string;
  imap_password: string;
  smtp_host: string;
  smtp_port: string;
  smtp_secure: string;
  smtp_username: string;
  smtp_password: string;
  create_leads_for_unknown_senders: string;
  sync_days: string;
};

export type EmailConnectField = keyof EmailConnectValues;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const OPTIONAL: readonly EmailConnectField[] = [
  'display_name',
  'oauth2_expires_in',
  'oauth2_refresh_token',
  'oauth2_client_id',
  'oauth2_client_secret',
];
/** A year, as the API allows: a token answer never speaks of more. */
const MAX_EXPIRES_IN = 31_536_000;

/** What the other way of logging in asks for: neither shown nor sent, so never missing. */
const UNUSED_WITH: Record<MailAuthMethod, readonly EmailConnectField[]> = {
  password: [
    'oauth2_provider',
    'oauth2_access_token',
    'oauth2_expires_in',
    'oauth2_refresh_token',
    'oauth2_client_id',
    'oauth2_client_secret',
  ],
  oauth2: ['imap_password', 'smtp_password'],
};

/** The login the form is set to; anything unknown is the API's default, the password. */
export function authMethodOf(values: Pick<EmailConnectValues, 'auth'>): MailAuthMethod {
  return values.auth === 'oauth2' ? 'oauth2' : 'password';
}

/** The OAuth2 provider the form is set to (Google unless Microsoft). */
export function oauthProviderOf(
  values: Pick<EmailConnectValues, 'oauth2_provider'>,
): MailOAuthProvider {
  return values.oauth2_provider === 'microsoft' ? 'microsoft' : 'google';
}

/** The form's starting values: what the API knows, and never the passwords or tokens. */
export function initialEmailValues(integration: EmailIntegrationResponse): EmailConnectValues {
  return {
    email_address: integration.email_address ?? '',
    display_name: integration.display_name ?? '',
    auth: authMethodOf(integration),
    oauth2_provider: integration.oauth_provider ?? 'google',
    oauth2_access_token: '',
    oauth2_expires_in: '',
    oauth2_refresh_token: '',
    oauth2_client_id: '',
    oauth2_client_secret: '',
    imap_host: integration.imap_host ?? '',
    imap_port: String(integration.imap_port ?? 993),
    imap_secure: 'true',
    imap_username: integration.email_address ?? '',
    imap_password: '',
    smtp_host: integration.smtp_host ?? '',
    smtp_port: String(integration.smtp_port ?? 465),
    smtp_secure: 'true',
    smtp_username: integration.email_address ?? '',
    smtp_password: '',
    create_leads_for_unknown_senders: String(integration.create_leads_for_unknown_senders),
    sync_days: String(integration.sync_days),
  };
}

/**
 * Every value without the spaces that come along when pasted. Passwords are kept as typed; tokens
 * and OAuth secrets never hold spaces, so a pasted line break is cut from them too.
 */
export function trimmedEmailValues(values: EmailConnectValues): EmailConnectValues {
  const trimmed = { ...values };
  for (const name of Object.keys(trimmed) as EmailConnectField[]) {
    if (!name.endsWith('_password')) trimmed[name] = trimmed[name].trim();
  }
  return trimmed;
}

function serverOf(values: EmailConnectValues, server: 'imap' | 'smtp'): MailServerSettings {
  return {
    host: values[`${server}_host`],
    port: Number(values[`${server}_port`]),
    secure: values[`${server}_secure`] === 'true',
    username: values[`${server}_username`],
  };
}

/** The grant as typed; the optional parts left empty are left out rather than sent blank. */
function oauth2GrantOf(values: EmailConnectValues): MailOAuth2Grant {
  return {
    provider: oauthProviderOf(values),
    access_token: values.oauth2_access_token,
    ...(values.oauth2_expires_in ? { expires_in: Number(values.oauth2_expires_in) } : {}),
    ...(values.oauth2_refresh_token ? { refresh_token: values.oauth2_refresh_token } : {}),
    ...(values.oauth2_client_id ? { client_id: values.oauth2_client_id } : {}),
    ...(values.oauth2_client_secret ? { client_secret: values.oauth2_client_secret } : {}),
  };
}

/**
 * The body to send, from the flat values. With OAuth2 the grant logs in to both servers and no
 * password is sent; with a password the body is the one the API has always taken (no `auth`).
 */
export function emailRequestOf(values: EmailConnectValues): ConnectEmailRequest {
  const display = values.display_name.trim();
  const common = {
    email_address: values.email_address,
    ...(display ? { display_name: display } : {}),
    create_leads_for_unknown_senders: values.create_leads_for_unknown_senders === 'true',
    sync_days: Number(values.sync_days),
  };
  if (authMethodOf(values) === 'oauth2') {
    return {
      ...common,
      auth: 'oauth2',
      oauth2: oauth2GrantOf(values),
      imap: serverOf(values, 'imap'),
      smtp: serverOf(values, 'smtp'),
    };
  }
  return {
    ...common,
    imap: { ...serverOf(values, 'imap'), password: values.imap_password },
    smtp: { ...serverOf(values, 'smtp'), password: values.smtp_password },
  };
}

function isIntegerIn(value: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(value)) return false;
  const number = Number(value);
  return number >= min && number <= max;
}

/** What is plainly wrong before asking the mail servers. The API checks the same. */
export function emailValueProblems(
  body: EmailConnectValues,
): Partial<Record<EmailConnectField, TranslationKey>> {
  const problems: Partial<Record<EmailConnectField, TranslationKey>> = {};
  const unused = UNUSED_WITH[authMethodOf(body)];
  for (const [field, value] of Object.entries(body) as Array<[EmailConnectField, string]>) {
    if (!value && !OPTIONAL.includes(field) && !unused.includes(field)) {
      problems[field] = 'validation.required';
    }
  }
  if (authMethodOf(body) === 'oauth2') {
    if (!body.oauth2_access_token) {
      problems.oauth2_access_token = 'integrations.email.form.oauth2AccessTokenRequired';
    }
    if (body.oauth2_expires_in && !isIntegerIn(body.oauth2_expires_in, 1, MAX_EXPIRES_IN)) {
      problems.oauth2_expires_in = 'integrations.email.form.oauth2ExpiresInInvalid';
    }
  }
  if (body.email_address && !EMAIL.test(body.email_address)) {
    problems.email_address = 'integrations.email.form.emailInvalid';
  }
  for (const field of ['imap_port', 'smtp_port'] as const) {
    if (body[field] && !isIntegerIn(body[field], 1, 65535)) {
      problems[field] = 'integrations.email.form.portInvalid';
    }
  }
  if (body.sync_days && !isIntegerIn(body.sync_days, 1, 365)) {
    problems.sync_days = 'integrations.email.form.syncDaysInvalid';
  }
  return problems;
}
