import type { ActivitiesDoneResponse, AnalyticsQuery } from '@loved/shared';
import { useActivitiesDone } from '@/features/analytics/api/get-activities-done';
import { AnalyticsChartFigure } from '@/features/analytics/components/analytics-chart-figure';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type ActivitiesSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: ActivitiesDoneResponse): boolean =>
  data.reps.every((rep) => rep.done === 0 && rep.overdue_open === 0);

/** Atividades concluídas por pessoa, beside the open ones already overdue. */
export function ActivitiesSection({ query }: ActivitiesSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = useActivitiesDone(query);

  return (
    <AnalyticsSection
      title={t('analytics.activities.title')}
      description={t('analytics.activities.description')}
      query={result}
      isEmpty={isEmpty}
    >
      {(data) => {
        const names = data.reps.map((rep) => rep.user?.name ?? t('common.unassigned'));
        return (
          <AnalyticsChartFigure
            chart={{
              categories: names,
              orientation: 'bars',
              formatValue: format.count,
              series: [
                {
                  name: t('analytics.activities.done'),
                  color: 'var(--color-success)',
                  values: data.reps.map((rep) => rep.done),
                  labels: data.reps.map((rep) => format.count(rep.done)),
                },
                {
                  name: t('analytics.activities.overdue'),
                  color: 'var(--color-destructive)',
                  values: data.reps.map((rep) => rep.overdue_open),
                  labels: data.reps.map((rep) => format.count(rep.overdue_open)),
                },
              ],
            }}
            table={{
              caption: t('analytics.activities.title'),
              columns: [
                { header: t('analytics.person') },
                { header: t('analytics.activities.done'), numeric: true },
                { header: t('analytics.activities.overdue'), numeric: true },
              ],
              rows: data.reps.map((rep, index) => ({
                key: rep.user?.id ?? 'unassigned',
                cells: [names[index], format.count(rep.done), format.count(rep.overdue_open)],
              })),
            }}
          />
        );
      }}
    </AnalyticsSection>
  );
}
