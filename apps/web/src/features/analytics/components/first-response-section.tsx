import type { AnalyticsQuery, FirstResponseResponse } from '@loved/shared';
import { useFirstResponse } from '@/features/analytics/api/get-first-response';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { AnalyticsTable } from '@/features/analytics/components/analytics-table';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type FirstResponseSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: FirstResponseResponse): boolean =>
  data.rows.length === 0 && data.unanswered === 0;

/** Tempo de primeira resposta: by who replied and on which channel, plus the unanswered ones. */
export function FirstResponseSection({ query }: FirstResponseSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = useFirstResponse(query);

  return (
    <AnalyticsSection
      title={t('analytics.firstResponse.title')}
      description={t('analytics.firstResponse.description')}
      query={result}
      isEmpty={isEmpty}
      className="lg:col-span-2"
    >
      {(data) => (
        <div className="flex flex-col gap-3">
          {data.rows.length > 0 ? (
            <AnalyticsTable
              caption={t('analytics.firstResponse.title')}
              columns={[
                { header: t('analytics.person') },
                { header: t('analytics.firstResponse.channel') },
                { header: t('analytics.firstResponse.replied'), numeric: true },
                { header: t('analytics.firstResponse.average'), numeric: true },
                { header: t('analytics.firstResponse.median'), numeric: true },
              ]}
              rows={data.rows.map((row) => ({
                key: `${row.agent?.id ?? 'unknown'}:${row.channel}`,
                cells: [
                  row.agent?.name ?? t('analytics.firstResponse.unknownAgent'),
                  t(`channels.${row.channel}`),
                  format.count(row.replied),
                  format.duration(row.average_seconds),
                  format.duration(row.median_seconds),
                ],
              }))}
            />
          ) : null}
          <p className="text-sm text-muted-foreground">
            {data.unanswered === 1
              ? t('analytics.firstResponse.unansweredOne')
              : t('analytics.firstResponse.unanswered', { count: format.count(data.unanswered) })}
          </p>
        </div>
      )}
    </AnalyticsSection>
  );
}
