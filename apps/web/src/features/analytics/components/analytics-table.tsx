import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type AnalyticsTableColumn = { header: string; numeric?: boolean };

export type AnalyticsTableRow = { key: string; cells: ReactNode[] };

export type AnalyticsTableProps = {
  caption: string;
  columns: AnalyticsTableColumn[];
  rows: AnalyticsTableRow[];
  className?: string;
};

/** A report's figures as a plain table: the chart's accessible twin, or the report itself. */
export function AnalyticsTable({
  caption,
  columns,
  rows,
  className,
}: AnalyticsTableProps): React.JSX.Element {
  return (
    <div className={cn('overflow-x-auto', className)}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left text-xs text-muted-foreground">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={cn('px-2 py-2 font-medium', column.numeric && 'text-right')}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-border last:border-0">
              {row.cells.map((cell, index) => {
                const column = columns[index];
                return index === 0 ? (
                  <th key={index} scope="row" className="px-2 py-2 text-left font-medium">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={cn('px-2 py-2', column?.numeric && 'text-right tabular-nums')}
                  >
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
