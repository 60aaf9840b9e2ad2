import type { AnalyticsQuery, LostReasonsResponse } from '@loved/shared';
import { useLostReasons } from '@/features/analytics/api/get-lost-reasons';
import { AnalyticsChartFigure } from '@/features/analytics/components/analytics-chart-figure';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LostReasonsSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: LostReasonsResponse): boolean => data.reasons.length === 0;

/** Motivos de perda: the leads lost in the period, by reason, most first. */
export function LostReasonsSection({ query }: LostReasonsSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = useLostReasons(query);

  return (
    <AnalyticsSection
      title={t('analytics.lostReasons.title')}
      description={t('analytics.lostReasons.description')}
      query={result}
      isEmpty={isEmpty}
    >
      {(data) => (
        <AnalyticsChartFigure
          chart={{
            categories: data.reasons.map((entry) => entry.reason),
            orientation: 'bars',
            formatValue: format.count,
            series: [
              {
                name: t('analytics.leads'),
                color: 'var(--color-destructive)',
                values: data.reasons.map((entry) => entry.count),
                labels: data.reasons.map((entry) => format.count(entry.count)),
              },
            ],
          }}
          table={{
            caption: t('analytics.lostReasons.title'),
            columns: [
              { header: t('analytics.lostReasons.reason') },
              { header: t('analytics.leads'), numeric: true },
              { header: t('analytics.value'), numeric: true },
            ],
            rows: data.reasons.map((entry) => ({
              key: entry.reason,
              cells: [entry.reason, format.count(entry.count), format.cents(entry.value_cents)],
            })),
          }}
        />
      )}
    </AnalyticsSection>
  );
}
