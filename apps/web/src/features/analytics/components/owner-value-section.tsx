import type { AnalyticsQuery, PipelineValueResponse } from '@loved/shared';
import { usePipelineValue } from '@/features/analytics/api/get-pipeline-value';
import { AnalyticsChartFigure } from '@/features/analytics/components/analytics-chart-figure';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type OwnerValueSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: PipelineValueResponse): boolean =>
  data.by_owner.every((entry) => entry.count === 0);

/**
 * Valor por responsável: the open leads' value per owner, now. It shares its request with
 * "Valor por etapa" (same endpoint, same cache entry).
 */
export function OwnerValueSection({ query }: OwnerValueSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = usePipelineValue(query);

  return (
    <AnalyticsSection
      title={t('analytics.ownerValue.title')}
      description={t('analytics.stageValue.description')}
      query={result}
      isEmpty={isEmpty}
    >
      {(data) => {
        const names = data.by_owner.map((entry) => entry.owner?.name ?? t('common.unassigned'));
        return (
          <AnalyticsChartFigure
            chart={{
              categories: names,
              orientation: 'bars',
              formatValue: format.cents,
              series: [
                {
                  name: t('analytics.value'),
                  color: 'var(--color-brand)',
                  values: data.by_owner.map((entry) => entry.value_cents),
                  labels: data.by_owner.map((entry) => format.money(entry.value)),
                },
              ],
            }}
            table={{
              caption: t('analytics.ownerValue.title'),
              columns: [
                { header: t('analytics.owner') },
                { header: t('analytics.leads'), numeric: true },
                { header: t('analytics.value'), numeric: true },
              ],
              rows: data.by_owner.map((entry, index) => ({
                key: entry.owner?.id ?? 'unassigned',
                cells: [names[index], format.count(entry.count), format.money(entry.value)],
              })),
            }}
          />
        );
      }}
    </AnalyticsSection>
  );
}
