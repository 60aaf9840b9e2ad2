import type { LeadPriority, LeadResultFilter, LeadSort, LeadStage } from '@loved/shared';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import {
  LIST_PRIORITIES,
  LIST_RESULTS,
  LIST_SORTS,
  LIST_STAGES,
} from '@/features/lead-list/utils/list-options';

/** The list's query parameters, in the order the URL shows them. */
export const LIST_QUERY_KEYS = [
  'q',
  'stage',
  'assigned_user_id',
  'tag',
  'priority',
  'outcome',
  'has_next_activity',
  'sort',
] as const satisfies ReadonlyArray<keyof LeadListQuery>;

/** The API's limits (`LeadFiltersDto`): a longer value would only get a 400. */
const MAX_LENGTH = { q: 100, tag: 40, assigned_user_id: 64 } as const;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): T | undefined =>
    value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const stageOf = oneOf<LeadStage>(LIST_STAGES);
const sortOf = oneOf<LeadSort>(LIST_SORTS);
const priorityOf = oneOf<LeadPriority>(LIST_PRIORITIES);
const outcomeOf = oneOf<LeadResultFilter>(LIST_RESULTS);

/** `true` / `false` as the API reads them; anything else is no filter. */
function booleanOf(value: string | null): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function textOf(value: string | null | undefined, max: number): string | undefined {
  const text = value?.trim() ?? '';
  return text === '' || text.length > max ? undefined : text;
}

/** Drops the absent and empty values, so two equal queries compare equal. */
function compact(query: LeadListQuery): LeadListQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as LeadListQuery;
}

/**
 * The list's query as a URL (or a saved filter) gives it: unknown values are dropped rather than
 * sent to the API, which would refuse the whole request.
 */
export function parseListQuery(params: URLSearchParams): LeadListQuery {
  return compact({
    q: textOf(params.get('q'), MAX_LENGTH.q),
    stage: stageOf(params.get('stage')),
    assigned_user_id: textOf(params.get('assigned_user_id'), MAX_LENGTH.assigned_user_id),
    tag: textOf(params.get('tag'), MAX_LENGTH.tag),
    priority: priorityOf(params.get('priority')),
    outcome: outcomeOf(params.get('outcome')),
    has_next_activity: booleanOf(params.get('has_next_activity')),
    sort: sortOf(params.get('sort')),
  });
}

/** The query as URL parameters, in a stable order. */
export function toSearchParams(query: LeadListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_QUERY_KEYS) {
    const value = query[key];
    const text = typeof value === 'boolean' ? String(value) : value?.trim();
    if (text) params.set(key, text);
  }
  return params;
}

/** `query` with `patch` applied; `undefined` or `''` in the patch removes that parameter. */
export function withListQuery(
  query: LeadListQuery,
  patch: Partial<Record<keyof LeadListQuery, string | undefined>>,
): LeadListQuery {
  return parseListQuery(toSearchParams({ ...query, ...patch } as LeadListQuery));
}

/** How many filters narrow the list (the order is not a filter). */
export function activeFilterCount(query: LeadListQuery): number {
  return LIST_QUERY_KEYS.filter((key) => key !== 'sort' && query[key] !== undefined).length;
}

/** Whether two queries ask for the same leads in the same order. */
export function sameListQuery(a: LeadListQuery, b: LeadListQuery): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}
