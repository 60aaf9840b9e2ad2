import type { AnalyticsQuery, FunnelResponse } from '@loved/shared';
import { useFunnel } from '@/features/analytics/api/get-funnel';
import { AnalyticsChartFigure } from '@/features/analytics/components/analytics-chart-figure';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type FunnelSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: FunnelResponse): boolean =>
  data.stages.every((stage) => stage.reached === 0);

/** Funil: of the leads created in the period, how many reached each stage, and the conversion. */
export function FunnelSection({ query }: FunnelSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = useFunnel(query);

  return (
    <AnalyticsSection
      title={t('analytics.funnel.title')}
      description={t('analytics.funnel.description')}
      query={result}
      isEmpty={isEmpty}
      className="lg:col-span-2"
    >
      {(data) => {
        const names = data.stages.map((entry) =>
          entry.stage === 'won' ? t('analytics.funnel.won') : t(`stages.${entry.stage}`),
        );
        return (
          <AnalyticsChartFigure
            chart={{
              categories: names,
              formatValue: format.count,
              series: [
                {
                  name: t('analytics.funnel.reached'),
                  color: 'var(--color-brand)',
                  values: data.stages.map((entry) => entry.reached),
                  labels: data.stages.map((entry) =>
                    entry.conversion_from_previous === null
                      ? format.count(entry.reached)
                      : `${format.count(entry.reached)} (${format.percent(entry.conversion_from_previous)})`,
                  ),
                },
              ],
            }}
            table={{
              caption: t('analytics.funnel.title'),
              columns: [
                { header: t('analytics.funnel.stage') },
                { header: t('analytics.funnel.reached'), numeric: true },
                { header: t('analytics.funnel.conversion'), numeric: true },
              ],
              rows: data.stages.map((entry, index) => ({
                key: entry.stage,
                cells: [
                  names[index],
                  format.count(entry.reached),
                  format.percent(entry.conversion_from_previous),
                ],
              })),
            }}
          />
        );
      }}
    </AnalyticsSection>
  );
}
