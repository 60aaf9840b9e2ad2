import type { AnalyticsQuery, PipelineValueResponse } from '@loved/shared';
import { usePipelineValue } from '@/features/analytics/api/get-pipeline-value';
import { AnalyticsChartFigure } from '@/features/analytics/components/analytics-chart-figure';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type StageValueSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: PipelineValueResponse): boolean =>
  data.by_stage.every((entry) => entry.count === 0);

/** Valor por etapa: the open leads' value in each stage, now (the period does not apply). */
export function StageValueSection({ query }: StageValueSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = usePipelineValue(query);

  return (
    <AnalyticsSection
      title={t('analytics.stageValue.title')}
      description={t('analytics.stageValue.description')}
      query={result}
      isEmpty={isEmpty}
    >
      {(data) => {
        const names = data.by_stage.map((entry) => t(`stages.${entry.stage}`));
        return (
          <AnalyticsChartFigure
            chart={{
              categories: names,
              formatValue: format.cents,
              series: [
                {
                  name: t('analytics.value'),
                  color: 'var(--color-brand)',
                  values: data.by_stage.map((entry) => entry.value_cents),
                  labels: data.by_stage.map((entry) => format.money(entry.value)),
                },
              ],
            }}
            table={{
              caption: t('analytics.stageValue.title'),
              columns: [
                { header: t('analytics.funnel.stage') },
                { header: t('analytics.leads'), numeric: true },
                { header: t('analytics.value'), numeric: true },
              ],
              rows: data.by_stage.map((entry, index) => ({
                key: entry.stage,
                cells: [names[index], format.count(entry.count), format.money(entry.value)],
              })),
            }}
          />
        );
      }}
    </AnalyticsSection>
  );
}
