import { Table2, ChartColumn } from 'lucide-react';
import { useId, useState } from 'react';
import {
  AnalyticsBarChart,
  type AnalyticsBarChartProps,
} from '@/features/analytics/components/analytics-bar-chart';
import {
  AnalyticsTable,
  type AnalyticsTableProps,
} from '@/features/analytics/components/analytics-table';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';

export type AnalyticsChartFigureProps = {
  chart: AnalyticsBarChartProps;
  table: AnalyticsTableProps;
};

/**
 * A chart with the same numbers as a table. The chart is one image named by a summary of its
 * figures; the table is always there for screen readers and shows instead of the chart on demand.
 */
export function AnalyticsChartFigure({
  chart,
  table,
}: AnalyticsChartFigureProps): React.JSX.Element {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const summary = t('analytics.chartSummary', {
    title: table.caption,
    items: chart.categories
      .map(
        (category, index) =>
          `${category}: ${chart.series.map((series) => series.labels[index] ?? '').join(', ')}`,
      )
      .join('; '),
  });

  return (
    <div className="flex flex-col gap-3">
      <Button
        variant="ghost"
        size="sm"
        className="self-end"
        aria-controls={tableId}
        aria-expanded={showTable}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? <ChartColumn aria-hidden="true" /> : <Table2 aria-hidden="true" />}
        {showTable ? t('analytics.showChart') : t('analytics.showTable')}
      </Button>
      {showTable ? null : (
        <div role="img" aria-label={summary} className="w-full">
          <AnalyticsBarChart {...chart} />
        </div>
      )}
      <div id={tableId}>
        <AnalyticsTable {...table} className={showTable ? undefined : 'sr-only'} />
      </div>
    </div>
  );
}
