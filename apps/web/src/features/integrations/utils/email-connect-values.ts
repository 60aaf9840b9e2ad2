import type { ConnectEmailRequest, EmailIntegrationResponse } from '@loved/shared';
import type { TranslationKey } from '@/lib/i18n/translate';

/**
 * The e-mail form as flat texts, as the shared connect form holds values: the nested IMAP and
 * SMTP settings become `imap_host`, `smtp_port`…, and the checkboxes `'true'` / `'false'`.
 */
export type EmailConnectValues = {
  email_address: string;
  display_name: string;
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
const OPTIONAL: readonly EmailConnectField[] = ['display_name'];

/** The form's starting values: what the API knows, and never the passwords. */
export function initialEmailValues(integration: EmailIntegrationResponse): EmailConnectValues {
  return {
    email_address: integration.email_address ?? '',
    display_name: integration.display_name ?? '',
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

/** Every value without the spaces that come along when pasted (passwords are kept as typed). */
export function trimmedEmailValues(values: EmailConnectValues): EmailConnectValues {
  const trimmed = { ...values };
  for (const name of Object.keys(trimmed) as EmailConnectField[]) {
    if (!name.endsWith('_password')) trimmed[name] = trimmed[name].trim();
  }
  return trimmed;
}

/** The body to send, from the flat values. */
export function emailRequestOf(values: EmailConnectValues): ConnectEmailRequest {
  const display = values.display_name.trim();
  return {
    email_address: values.email_address,
    ...(display ? { display_name: display } : {}),
    imap: {
      host: values.imap_host,
      port: Number(values.imap_port),
      secure: values.imap_secure === 'true',
      username: values.imap_username,
      password: values.imap_password,
    },
    smtp: {
      host: values.smtp_host,
      port: Number(values.smtp_port),
      secure: values.smtp_secure === 'true',
      username: values.smtp_username,
      password: values.smtp_password,
    },
    create_leads_for_unknown_senders: values.create_leads_for_unknown_senders === 'true',
    sync_days: Number(values.sync_days),
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
  for (const [field, value] of Object.entries(body) as Array<[EmailConnectField, string]>) {
    if (!value && !OPTIONAL.includes(field)) problems[field] = 'validation.required';
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
