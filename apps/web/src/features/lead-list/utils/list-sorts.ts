import type { LeadSort } from '@loved/shared';
import type { SortableColumn, SortDirection } from '@/features/lead-list/types/lead-list';

/** The API's order when the list names none (`GET /leads` without `sort`): newest first. */
export const DEFAULT_LIST_SORT: LeadSort = '-created_at';

type ColumnSorts = {
  /** What a first click asks for (the most useful order of that column). */
  first: { sort: LeadSort; direction: Exclude<SortDirection, 'none'> };
  /** The other direction, when the API offers it. */
  second?: { sort: LeadSort; direction: Exclude<SortDirection, 'none'> };
};

/**
 * Each sortable column's orders among the API's `LEAD_SORTS`. Days in stage reads the stage
 * change time backwards: `-stage_changed_at` (latest change first) is the fewest days first.
 */
export const COLUMN_SORTS: Record<SortableColumn, ColumnSorts> = {
  name: {
    first: { sort: 'name', direction: 'ascending' },
    second: { sort: '-name', direction: 'descending' },
  },
  value: {
    first: { sort: '-estimated_value', direction: 'descending' },
    second: { sort: 'estimated_value', direction: 'ascending' },
  },
  lastContact: {
    first: { sort: '-last_contact_at', direction: 'descending' },
    second: { sort: 'last_contact_at', direction: 'ascending' },
  },
  daysInStage: {
    first: { sort: 'stage_changed_at', direction: 'descending' },
    second: { sort: '-stage_changed_at', direction: 'ascending' },
  },
};

/** How the list is ordered by `column` under `sort` (`none` when by another column). */
export function sortDirectionOf(column: SortableColumn, sort: LeadSort | undefined): SortDirection {
  const { first, second } = COLUMN_SORTS[column];
  if (sort === first.sort) return first.direction;
  if (second && sort === second.sort) return second.direction;
  return 'none';
}

/**
 * The order after a click on `column`'s header: its first direction, then the other one, then
 * back to the default order (undefined).
 */
export function nextSort(column: SortableColumn, sort: LeadSort | undefined): LeadSort | undefined {
  const { first, second } = COLUMN_SORTS[column];
  if (sort === first.sort) return second?.sort;
  if (second && sort === second.sort) return undefined;
  return first.sort;
}
