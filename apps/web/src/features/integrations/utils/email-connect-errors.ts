import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import { connectFormErrorsOf } from '@/features/integrations/utils/connect-form-errors';
import type { EmailConnectField } from '@/features/integrations/utils/email-connect-values';
import { describeError } from '@/lib/describe-error';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';

const FORM_FIELDS: readonly EmailConnectField[] = [
  'email_address',
  'display_name',
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
const FIELD_OF_CODE: Partial<Record<string, string>> = {
  EMAIL_IMAP_LOGIN_FAILED: 'imap_password',
  EMAIL_SMTP_LOGIN_FAILED: 'smtp_password',
  INTEGRATION_ACCOUNT_IN_USE: 'email_address',
};

/** The shared text of this code speaks of WhatsApp; the e-mail form says it its own way. */
const TEXT_OF_CODE: Partial<Record<string, TranslationKey>> = {
  INTEGRATION_ACCOUNT_IN_USE: 'integrations.email.form.accountInUse',
};

function isFormField(field: string): field is EmailConnectField {
  return (FORM_FIELDS as readonly string[]).includes(field);
}

/**
 * Where each part of a failed connect goes on the e-mail form. The API names nested fields
 * `imap.host`; the form holds them flat as `imap_host`.
 */
export function emailConnectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): ConnectFormErrors<EmailConnectField> {
  const raw = connectFormErrorsOf(error, t, dictionary, {
    fieldOfCode: FIELD_OF_CODE,
    textOfCode: TEXT_OF_CODE,
  });
  const fields: ConnectFormErrors<EmailConnectField>['fields'] = {};
  for (const [field, message] of Object.entries(raw.fields)) {
    const flat = field.replace('.', '_');
    if (message && isFormField(flat)) fields[flat] = message;
  }
  if (Object.keys(fields).length > 0) return { fields, form: raw.form };
  return { fields, form: raw.form ?? describeError(error, t, dictionary) };
}
