import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export type BarSeries = {
  name: string;
  /** A CSS colour (a theme variable). */
  color: string;
  values: number[];
  /** The text shown at the end of each bar, already formatted. */
  labels: string[];
};

export type AnalyticsBarChartProps = {
  categories: string[];
  series: BarSeries[];
  /** `columns` stand up from the x axis; `bars` lie along it, for long category names. */
  orientation?: 'columns' | 'bars';
  /** Axis ticks and tooltip values (whole numbers: counts, or cents). */
  formatValue: (value: number) => string;
};

const COLUMN_HEIGHT = 260;
const BAR_ROW_HEIGHT = 44;
const CATEGORY_AXIS_WIDTH = 128;
/** Before the container is measured (and in tests, where nothing is): a usual card width. */
const INITIAL_WIDTH = 560;

type ChartRow = Record<string, string | number>;

/**
 * A bar chart (recharts, which only this lazy page loads). It is drawn for sighted users: the
 * figure around it gives it a summary and a table, so the SVG stays out of the keyboard and
 * accessibility tree.
 */
export function AnalyticsBarChart({
  categories,
  series,
  orientation = 'columns',
  formatValue,
}: AnalyticsBarChartProps): React.JSX.Element {
  const rows: ChartRow[] = categories.map((name, index) => {
    const row: ChartRow = { name };
    series.forEach((item, seriesIndex) => {
      row[`v${seriesIndex}`] = item.values[index] ?? 0;
      row[`l${seriesIndex}`] = item.labels[index] ?? '';
    });
    return row;
  });
  const isBars = orientation === 'bars';
  const height = isBars
    ? Math.max(COLUMN_HEIGHT / 2, categories.length * series.length * BAR_ROW_HEIGHT)
    : COLUMN_HEIGHT;

  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: INITIAL_WIDTH, height }}
    >
      <BarChart
        data={rows}
        layout={isBars ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={{ top: 24, right: isBars ? 96 : 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={isBars} horizontal={!isBars} />
        {isBars ? (
          <>
            <XAxis type="number" tickFormatter={formatValue} fontSize={12} allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="name"
              width={CATEGORY_AXIS_WIDTH}
              fontSize={12}
              interval={0}
            />
          </>
        ) : (
          <>
            <XAxis dataKey="name" fontSize={12} interval={0} />
            <YAxis tickFormatter={formatValue} fontSize={12} width={88} allowDecimals={false} />
          </>
        )}
        <Tooltip
          formatter={(value) => formatValue(Number(value))}
          cursor={{ fill: 'var(--color-muted)' }}
        />
        {series.length > 1 ? <Legend /> : null}
        {series.map((item, index) => (
          <Bar
            key={item.name}
            dataKey={`v${index}`}
            name={item.name}
            fill={item.color}
            radius={4}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={`l${index}`}
              position={isBars ? 'right' : 'top'}
              fontSize={12}
              fill="var(--color-foreground)"
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
