import { useMemo } from 'react';
import {
  formatCount,
  formatDecimal,
  formatDuration,
  formatPercentNumber,
} from '@/features/analytics/utils/analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AnalyticsFormat = {
  count: (value: number) => string;
  /** A ratio from the API ("0.4286") as "42,9 %"; a dash when there is none. */
  percent: (ratio: string | null) => string;
  /** Days from the API ("12.5") as "12,5 dias"; a dash when there are none. */
  days: (value: string | null) => string;
  /** Seconds as "2 h 5 min". */
  duration: (seconds: number) => string;
  cents: (cents: number) => string;
  money: (value: string) => string;
};

/** The report figures in the user's language. */
export function useAnalyticsFormat(): AnalyticsFormat {
  const { t, language, cents, money } = useTranslation();
  return useMemo(
    () => ({
      count: (value) => formatCount(value, language),
      percent: (ratio) =>
        ratio === null
          ? t('common.noValue')
          : t('analytics.format.percent', { value: formatPercentNumber(ratio, language) }),
      days: (value) =>
        value === null
          ? t('common.noValue')
          : t(Number(value) === 1 ? 'analytics.format.dayOne' : 'analytics.format.days', {
              value: formatDecimal(value, language),
            }),
      duration: (seconds) => formatDuration(seconds, language),
      cents,
      money,
    }),
    [t, language, cents, money],
  );
}
