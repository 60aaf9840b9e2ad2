import type { MailAuthMethod } from '@loved/shared';
import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import { connectFormErrorsOf } from '@/features/integrations/utils/connect-form-errors';
import type { EmailConnectField } from '@/features/integrations/utils/email-connect-values';
import { describeError } from '@/lib/describe-error';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';

const FORM_FIELDS: readonly EmailConnectField[] = [
  'email_address',
  'display_name',
  'auth',
  'oauth2_provider',
  'oauth2_access_token',
  'oauth2_expires_in',
  'oauth2_refresh_token',
  'oauth2_client_id',
  'oauth2_client_secret',
  'imap_host',
  'imap_port',
  'imap_secure',
  'imap_username',
  'imap_password',
  'smtp_host',
  'smtp_port',
  'smtp_secure',
  'smtp_username',
  'smtp_password',
  'create_leads_for_unknown_senders',
  'sync_days',
];

/**
 * A refused login is about the server group as a whole (host, user or password); its message
 * goes on the group's password, the last field of the group and the likeliest culprit.
 */
const FIELD_OF_CODE: Partial<Record<string, EmailConnectField>> = {
  EMAIL_IMAP_LOGIN_FAILED: 'imap_password',
  EMAIL_SMTP_LOGIN_FAILED: 'smtp_password',
  INTEGRATION_ACCOUNT_IN_USE: 'email_address',
};

/**
 * With OAuth2 the groups have no password: both log in with the one access token, which is
 * the likeliest culprit (it lasts about an hour), so the refusal goes under it and names the
 * server that refused.
 */
const OAUTH2_FIELD_OF_CODE: Partial<Record<string, EmailConnectField>> = {
  ...FIELD_OF_CODE,
  EMAIL_IMAP_LOGIN_FAILED: 'oauth2_access_token',
  EMAIL_SMTP_LOGIN_FAILED: 'oauth2_access_token',
};

/** The shared text of this code speaks of WhatsApp; the e-mail form says it its own way. */
const TEXT_OF_CODE: Partial<Record<string, TranslationKey>> = {
  INTEGRATION_ACCOUNT_IN_USE: 'integrations.email.form.accountInUse',
};

/** The shared texts of a refused login ask to check the password, which OAuth2 has none of. */
const OAUTH2_TEXT_OF_CODE: Partial<Record<string, TranslationKey>> = {
  ...TEXT_OF_CODE,
  EMAIL_IMAP_LOGIN_FAILED: 'integrations.email.form.oauth2ImapRefused',
  EMAIL_SMTP_LOGIN_FAILED: 'integrations.email.form.oauth2SmtpRefused',
};

function isFormField(field: string): field is EmailConnectField {
  return (FORM_FIELDS as readonly string[]).includes(field);
}

/**
 * Where each part of a failed connect goes on the e-mail form, sent with `auth`. The API names
 * nested fields `imap.host` and `oauth2.access_token`; the form holds them flat as `imap_host`.
 */
export function emailConnectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
  auth: MailAuthMethod = 'password',
): ConnectFormErrors<EmailConnectField> {
  const withOAuth2 = auth === 'oauth2';
  const raw = connectFormErrorsOf(error, t, dictionary, {
    fieldOfCode: withOAuth2 ? OAUTH2_FIELD_OF_CODE : FIELD_OF_CODE,
    textOfCode: withOAuth2 ? OAUTH2_TEXT_OF_CODE : TEXT_OF_CODE,
  });
  const fields: ConnectFormErrors<EmailConnectField>['fields'] = {};
  for (const [field, message] of Object.entries(raw.fields)) {
    const flat = field.replace('.', '_');
    if (message && isFormField(flat)) fields[flat] = message;
  }
  if (Object.keys(fields).length > 0) return { fields, form: raw.form };
  return { fields, form: raw.form ?? describeError(error, t, dictionary) };
}
