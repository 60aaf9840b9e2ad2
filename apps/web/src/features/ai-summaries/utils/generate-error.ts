import { ApiError } from '@/lib/api-client';
import { describeError } from '@/lib/describe-error';
import type { Dictionary, Translate } from '@/lib/i18n/translate';

export const AI_SUMMARY_QUOTA_EXCEEDED = 'AI_SUMMARY_QUOTA_EXCEEDED';

export type DescribeGenerateErrorOptions = {
  t: Translate;
  dictionary: Dictionary;
  /** Formats the quota's reset time in the interface language. */
  dateTime: (iso: string) => string;
};

function resetsAtOf(error: ApiError): string | null {
  const value = error.extensions.resets_at;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null;
  return value;
}

/**
 * Why a summary could not be requested. The quota's refusal says when summaries are possible
 * again (its `resets_at`); everything else is said as any API failure is.
 */
export function describeGenerateError(
  error: unknown,
  { t, dictionary, dateTime }: DescribeGenerateErrorOptions,
): string {
  if (!(error instanceof ApiError) || error.code !== AI_SUMMARY_QUOTA_EXCEEDED) {
    return describeError(error, t, dictionary);
  }
  const resetsAt = resetsAtOf(error);
  if (resetsAt === null) return describeError(error, t, dictionary);
  const date = dateTime(resetsAt);
  const { limit } = error.extensions;
  return typeof limit === 'number'
    ? t('aiSummaries.errors.quotaWithLimit', { limit, date })
    : t('aiSummaries.errors.quota', { date });
}
