import type { FieldError } from '@loved/shared';
import { ApiError, ClientErrorCode } from '@/lib/api-client';
import {
  hasTranslation,
  type Dictionary,
  type Translate,
  type TranslationParams,
} from '@/lib/i18n/translate';

/** A sentence for people about why a request failed, in the interface language. */
export function describeError(error: unknown, t: Translate, dictionary: Dictionary): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === ClientErrorCode.Network) return t('errors.network');
  if (error.code === ClientErrorCode.UnexpectedResponse) return t('errors.unexpected');
  if (error.code === ClientErrorCode.NoSession) return t('errors.sessionExpired');
  const key = `errors.codes.${error.code ?? ''}`;
  if (error.code && hasTranslation(dictionary, key)) return t(key);
  if (error.status === 403) return t('errors.forbidden');
  // The API's `detail` is English, for developers: only a problem without a code (not one of
  // ours, e.g. a proxy's) has nothing better to show.
  if (!error.code && error.detail) return error.detail;
  return t('errors.generic');
}

/** Constraint parameters as texts to fill in (`{ min: 3 }`, `{ values: 'a, b' }`). */
function paramsOf(fieldError: FieldError): TranslationParams {
  const params: TranslationParams = {};
  for (const [name, value] of Object.entries(fieldError.params ?? {})) {
    if (Array.isArray(value)) params[name] = value.join(', ');
    else if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return params;
}

/**
 * What is wrong with one field, in the interface language: chosen by the rule it broke (`code`,
 * e.g. `maxLength`) and that rule's parameters, never by the API's English message.
 */
export function describeFieldError(
  fieldError: FieldError,
  t: Translate,
  dictionary: Dictionary,
): string {
  const key = `validation.codes.${fieldError.code}`;
  if (!fieldError.code || !hasTranslation(dictionary, key)) return t('validation.invalid');
  const text = t(key, paramsOf(fieldError));
  // A text whose number did not come along ("at most {max}") says less than the generic one.
  return /\{\w+\}/.test(text) ? t('validation.invalid') : text;
}

/** Field errors of a failed request, keyed by field name; the first message of each wins. */
export function fieldErrorsOf(
  error: unknown,
  t: Translate,
  dictionary: Dictionary,
): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const fieldError of error.errors) {
    byField[fieldError.field] ??= describeFieldError(fieldError, t, dictionary);
  }
  return byField;
}
