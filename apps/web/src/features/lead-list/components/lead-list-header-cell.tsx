import type { LeadSort } from '@loved/shared';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { SortableColumn } from '@/features/lead-list/types/lead-list';
import { nextSort, sortDirectionOf } from '@/features/lead-list/utils/list-sorts';
import { cn } from '@/lib/cn';

export type LeadListHeaderCellProps = {
  column: SortableColumn;
  label: string;
  sort: LeadSort | undefined;
  onSortChange: (sort: LeadSort | undefined) => void;
  align?: 'left' | 'right';
};

/**
 * A column header that sorts the list: a button (Enter or Space) inside a header carrying
 * `aria-sort`, so a screen reader says how the table is ordered.
 */
export function LeadListHeaderCell({
  column,
  label,
  sort,
  onSortChange,
  align = 'left',
}: LeadListHeaderCellProps): React.JSX.Element {
  const direction = sortDirectionOf(column, sort);
  const Icon =
    direction === 'ascending' ? ArrowUp : direction === 'descending' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      aria-sort={direction === 'none' ? undefined : direction}
      className={cn('px-3 py-2 font-medium whitespace-nowrap', align === 'right' && 'text-right')}
    >
      <button
        type="button"
        className={cn(
          '-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring',
          direction !== 'none' && 'text-foreground',
          align === 'right' && 'flex-row-reverse',
        )}
        onClick={() => onSortChange(nextSort(column, sort))}
      >
        {label}
        <Icon aria-hidden="true" className={cn('size-3.5', direction === 'none' && 'opacity-40')} />
      </button>
    </th>
  );
}
