import type { AnalyticsQuery, WinRateResponse } from '@loved/shared';
import { useWinRate } from '@/features/analytics/api/get-win-rate';
import { AnalyticsSection } from '@/features/analytics/components/analytics-section';
import { KpiTile } from '@/features/analytics/components/kpi-tile';
import { useAnalyticsFormat } from '@/features/analytics/hooks/use-analytics-format';
import { useTranslation } from '@/lib/i18n/use-translation';

export type WinRateSectionProps = { query: AnalyticsQuery };

const isEmpty = (data: WinRateResponse): boolean => data.won.count + data.lost.count === 0;

/** Taxa de ganho + Ciclo médio: of the leads closed in the period, as four figures. */
export function WinRateSection({ query }: WinRateSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  const format = useAnalyticsFormat();
  const result = useWinRate(query);
  const leads = (count: number): string =>
    count === 1
      ? t('analytics.winRate.leadOne')
      : t('analytics.winRate.leads', { count: format.count(count) });

  return (
    <AnalyticsSection
      title={t('analytics.winRate.title')}
      description={t('analytics.winRate.description')}
      query={result}
      isEmpty={isEmpty}
      className="lg:col-span-2"
    >
      {(data) => (
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <KpiTile
            label={t('analytics.winRate.rate')}
            value={format.percent(data.win_rate)}
            hint={t('analytics.winRate.rateHint')}
          />
          <KpiTile
            label={t('analytics.winRate.cycle')}
            value={format.days(data.average_cycle_days)}
            hint={t('analytics.winRate.cycleHint')}
          />
          <KpiTile
            label={t('analytics.winRate.won')}
            value={leads(data.won.count)}
            hint={format.money(data.won.value)}
          />
          <KpiTile
            label={t('analytics.winRate.lost')}
            value={leads(data.lost.count)}
            hint={format.money(data.lost.value)}
          />
        </dl>
      )}
    </AnalyticsSection>
  );
}
