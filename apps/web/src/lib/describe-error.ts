import type { FieldError } from '@loved/shared';
import { ApiError, ClientErrorCode } from '@/lib/api-client';
import { hasTranslation, type Dictionary, type Translate } from '@/lib/i18n/translate';

/** A sentence for people about why a request failed, in the interface language. */
export function describeError(error: unknown, t: Translate, dictionary: Dictionary): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.code === ClientErrorCode.Network) return t('errors.network');
  if (error.code === ClientErrorCode.UnexpectedResponse) return t('errors.unexpected');
  if (error.code === ClientErrorCode.NoSession) return t('errors.sessionExpired');
  const key = `errors.codes.${error.code ?? ''}`;
  if (error.code && hasTranslation(dictionary, key)) return t(key);
  if (error.status === 403) return t('errors.forbidden');
  return error.detail || t('errors.generic');
}

/** The API's class-validator messages are English; the ones it writes itself are Portuguese. */
const FIELD_MESSAGES: Array<{
  pattern: RegExp;
  describe: (match: RegExpMatchArray, t: Translate) => string;
}> = [
  { pattern: /should not be empty/, describe: (_, t) => t('validation.required') },
  { pattern: /must be an email/, describe: (_, t) => t('validation.email') },
  {
    pattern: /must be longer than or equal to (\d+)/,
    describe: (match, t) => t('validation.minLength', { min: match[1] ?? '' }),
  },
  {
    pattern: /must be shorter than or equal to (\d+)/,
    describe: (match, t) => t('validation.maxLength', { max: match[1] ?? '' }),
  },
  { pattern: /decimal string/, describe: (_, t) => t('validation.money') },
  {
    pattern: /must be an integer number|must not be less than/,
    describe: (_, t) => t('validation.number'),
  },
  {
    pattern: /must be a UUID|must be one of|must be a string|must be an array/,
    describe: (_, t) => t('validation.invalid'),
  },
];

export function describeFieldError(fieldError: FieldError, t: Translate): string {
  for (const { pattern, describe } of FIELD_MESSAGES) {
    const match = fieldError.message.match(pattern);
    if (match) return describe(match, t);
  }
  return fieldError.message;
}

/** Field errors of a failed request, keyed by field name; the first message of each wins. */
export function fieldErrorsOf(error: unknown, t: Translate): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const fieldError of error.errors) {
    byField[fieldError.field] ??= describeFieldError(fieldError, t);
  }
  return byField;
}
