import type { ConnectWhatsAppRequest } from '@loved/shared';
import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import { connectFormErrorsOf } from '@/features/integrations/utils/connect-form-errors';
import type { Dictionary, Translate } from '@/lib/i18n/translate';

export type WhatsAppConnectField = keyof ConnectWhatsAppRequest;

/** Meta's refusals that point at one field: the message goes under that field. */
const FIELD_OF_CODE: Partial<Record<string, WhatsAppConnectField>> = {
  WHATSAPP_TOKEN_INVALID: 'access_token',
  WHATSAPP_PHONE_NUMBER_NOT_FOUND: 'phone_number_id',
  INTEGRATION_ACCOUNT_IN_USE: 'phone_number_id',
};

/** Where each part of a failed connect goes on the WhatsApp form. */
export function whatsAppConnectErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): ConnectFormErrors<WhatsAppConnectField> {
  return connectFormErrorsOf(error, t, dictionary, { fieldOfCode: FIELD_OF_CODE });
}
