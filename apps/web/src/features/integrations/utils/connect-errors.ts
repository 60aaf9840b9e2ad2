import type { ConnectWhatsAppRequest } from '@loved/shared';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import { ApiError } from '@/lib/api-client';
import type { Dictionary, Translate } from '@/lib/i18n/translate';

export type ConnectField = keyof ConnectWhatsAppRequest;

export type ConnectErrors = {
  /** Per field: the API's field errors, and Meta's refusals that name one field. */
  fields: Partial<Record<ConnectField, string>>;
  /** What belongs to no single field (Meta unreachable, a server error). */
  form?: string;
};

/** Meta's refusals that point at one field: the message goes under that field. */
const FIELD_OF_CODE: Record<string, ConnectField> = {
  WHATSAPP_TOKEN_INVALID: 'access_token',
  WHATSAPP_PHONE_NUMBER_NOT_FOUND: 'phone_number_id',
  INTEGRATION_ACCOUNT_IN_USE: 'phone_number_id',
};

/** Where each part of a failed connect goes on the form. */
export function connectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): ConnectErrors {
  const fields: ConnectErrors['fields'] = fieldErrorsOf(error, t, dictionary);
  const codeField = error instanceof ApiError && error.code ? FIELD_OF_CODE[error.code] : undefined;
  if (codeField) {
    fields[codeField] = describeError(error, t, dictionary);
    return { fields };
  }
  // Field errors speak for themselves; anything else is said once, above the button.
  if (Object.keys(fields).length > 0) return { fields };
  return { fields, form: describeError(error, t, dictionary) };
}
