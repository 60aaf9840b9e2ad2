import type { ConnectTwilioRequest } from '@loved/shared';
import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import { connectFormErrorsOf } from '@/features/integrations/utils/connect-form-errors';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';

export type TwilioConnectField = keyof ConnectTwilioRequest;

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

/** Where each part of a failed connect goes on the Twilio form. */
export function twilioConnectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): ConnectFormErrors<TwilioConnectField> {
  return connectFormErrorsOf(error, t, dictionary, {
    fieldOfCode: FIELD_OF_CODE,
    textOfCode: TEXT_OF_CODE,
    formFields: FORM_FIELDS,
  });
}
