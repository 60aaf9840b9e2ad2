import type { ConnectTwilioRequest } from '@loved/shared';
import { ApiError } from '@/lib/api-client';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';

export type TwilioConnectField = keyof ConnectTwilioRequest;

export type TwilioConnectErrors = {
  /** Per field: the API's field errors, and Twilio's refusals that name one field. */
  fields: Partial<Record<TwilioConnectField, string>>;
  /** What belongs to no single field (Twilio unreachable, a server error). */
  form?: string;
};

const FORM_FIELDS: readonly TwilioConnectField[] = [
  'account_sid',
  'auth_token',
  'phone_number',
  'agent_phone',
];

/** Refusals that point at one field: the message goes under that field. */
const FIELD_OF_CODE: Partial<Record<string, TwilioConnectField>> = {
  TWILIO_CREDENTIALS_INVALID: 'auth_token',
  INTEGRATION_ACCOUNT_IN_USE: 'account_sid',
};

/** The shared text of this code speaks of WhatsApp; the Twilio form says it its own way. */
const TEXT_OF_CODE: Partial<Record<string, TranslationKey>> = {
  INTEGRATION_ACCOUNT_IN_USE: 'integrations.twilio.form.accountInUse',
};

function isFormField(field: string): field is TwilioConnectField {
  return (FORM_FIELDS as readonly string[]).includes(field);
}

/** Where each part of a failed connect goes on the Twilio form. */
export function twilioConnectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): TwilioConnectErrors {
  const fields: TwilioConnectErrors['fields'] = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error, t, dictionary))) {
    if (isFormField(field)) fields[field] = message;
  }
  const code = error instanceof ApiError ? error.code : undefined;
  const codeField = code ? FIELD_OF_CODE[code] : undefined;
  if (code && codeField) {
    const textKey = TEXT_OF_CODE[code];
    fields[codeField] = textKey ? t(textKey) : describeError(error, t, dictionary);
    return { fields };
  }
  // Field errors speak for themselves; anything else is said once, above the button.
  if (Object.keys(fields).length > 0) return { fields };
  return { fields, form: describeError(error, t, dictionary) };
}
