import type { LeadFilters, LeadSort, LeadStage } from '@loved/shared';

/**
 * What the list shows: the board's filters plus a stage and an order. Kept in the URL's query
 * string under the API's own parameter names, and saved as is in a saved filter.
 */
export type LeadListQuery = LeadFilters & { stage?: LeadStage; sort?: LeadSort };

/** A member of the team as the list's pickers show them (given by app/, which knows the team). */
export type ListMember = { id: string; name: string };

/** The columns whose header sorts the list. */
export type SortableColumn = 'name' | 'value' | 'lastContact' | 'daysInStage';

/** `aria-sort` of a column header. */
export type SortDirection = 'ascending' | 'descending' | 'none';
