import type { ConnectFormErrors } from '@/features/integrations/types/connect-form';
import { ApiError } from '@/lib/api-client';
import { describeError, fieldErrorsOf } from '@/lib/describe-error';
import type { Dictionary, Translate, TranslationKey } from '@/lib/i18n/translate';

/** How one provider's form places the API's refusals. */
export type ConnectFormErrorRules<F extends string> = {
  /** Refusals that point at one field: the message goes under that field. */
  fieldOfCode: Partial<Record<string, F>>;
  /** Codes whose shared text does not suit this form, said its own way. */
  textOfCode?: Partial<Record<string, TranslationKey>>;
  /** The form's fields; when given, field errors naming any other field are dropped. */
  formFields?: readonly F[];
};

function keepsField<F extends string>(
  field: string,
  formFields: readonly F[] | undefined,
): field is F {
  return formFields === undefined || (formFields as readonly string[]).includes(field);
}

/** Where each part of a failed connect goes on a provider's form. */
export function connectFormErrorsOf<F extends string>(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
  rules: ConnectFormErrorRules<F>,
): ConnectFormErrors<F> {
  const fields: ConnectFormErrors<F>['fields'] = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(error, t, dictionary))) {
    if (keepsField(field, rules.formFields)) fields[field] = message;
  }
  const code = error instanceof ApiError ? error.code : undefined;
  const codeField = code ? rules.fieldOfCode[code] : undefined;
  if (code && codeField) {
    const textKey = rules.textOfCode?.[code];
    fields[codeField] = textKey ? t(textKey) : describeError(error, t, dictionary);
    return { fields };
  }
  // Field errors speak for themselves; anything else is said once, above the button.
  if (Object.keys(fields).length > 0) return { fields };
  return { fields, form: describeError(error, t, dictionary) };
}
