import type { LeadResponse, LeadStage } from '@loved/shared';
import type {
  BoardColumn,
  BoardColumns,
  BoardFilters,
  CardValue,
  LeadLookup,
  LeadResult,
  Tally,
} from '@/features/leads/types/board';
import { STAGE_ORDER } from '@/features/leads/utils/stages';

// Pure operations on the board's columns; the store applies them. Columns hold lead ids only
// (the leads themselves are records held once); each operation returns new columns and keeps
// every column's count and BRL total, overall and by result, in step with the cards it gained
// or lost. A column remembers what each card was counted with, so taking a card off undoes
// exactly what putting it there did, whatever its record says by then.

export const LEAD_RESULTS: readonly LeadResult[] = ['open', 'won', 'lost'];

const NO_TALLY: Tally = { count: 0, cents: 0 };
/** What a card is taken off with when its column never counted it (cannot happen, but safe). */
const UNCOUNTED: CardValue = { cents: 0, result: 'open' };

export function emptyResults(): Record<LeadResult, Tally> {
  return { open: NO_TALLY, won: NO_TALLY, lost: NO_TALLY };
}

export function emptyColumn(stage: LeadStage): BoardColumn {
  return {
    stage,
    ids: [],
    count: 0,
    totalCents: 0,
    results: emptyResults(),
    values: {},
    nextCursor: null,
    isLoadingMore: false,
    loadMoreError: null,
  };
}

export function emptyColumns(): BoardColumns {
  return Object.fromEntries(
    STAGE_ORDER.map((stage) => [stage, emptyColumn(stage)]),
  ) as BoardColumns;
}

export type FoundCard = { stage: LeadStage; index: number };

export function findCard(columns: BoardColumns, id: string): FoundCard | null {
  for (const stage of STAGE_ORDER) {
    const index = columns[stage].ids.indexOf(id);
    if (index !== -1) return { stage, index };
  }
  return null;
}

export const centsOf = (lead: LeadResponse | undefined): number => lead?.estimated_value_cents ?? 0;

/** What a lead adds to its column's totals: its value, under its result. */
export function valueOf(lead: LeadResponse | undefined): CardValue {
  return { cents: centsOf(lead), result: lead?.outcome ?? 'open' };
}

function addTally(tally: Tally, value: CardValue, sign: 1 | -1): Tally {
  return {
    count: Math.max(0, tally.count + sign),
    cents: Math.max(0, tally.cents + sign * value.cents),
  };
}

/** The column's totals with one lead more (`sign` 1) or less (-1). */
function withCounted(column: BoardColumn, value: CardValue, sign: 1 | -1): BoardColumn {
  const total = addTally({ count: column.count, cents: column.totalCents }, value, sign);
  return {
    ...column,
    count: total.count,
    totalCents: total.cents,
    results: {
      ...column.results,
      [value.result]: addTally(column.results[value.result], value, sign),
    },
  };
}

/** Takes a card off the board, and off its column's totals as it was counted there. */
export function withoutCard(columns: BoardColumns, id: string): BoardColumns {
  const found = findCard(columns, id);
  if (!found) return columns;
  const column = columns[found.stage];
  const { [id]: value = UNCOUNTED, ...values } = column.values;
  return {
    ...columns,
    [found.stage]: {
      ...withCounted(column, value, -1),
      ids: column.ids.filter((card) => card !== id),
      values,
    },
  };
}

/** Puts a card at `index` of `stage` (taking it out of wherever it was first). */
export function withCardAt(
  columns: BoardColumns,
  id: string,
  value: CardValue,
  stage: LeadStage,
  index: number,
): BoardColumns {
  const without = withoutCard(columns, id);
  const column = without[stage];
  const ids = [...column.ids];
  ids.splice(Math.min(Math.max(index, 0), ids.length), 0, id);
  return {
    ...without,
    [stage]: { ...withCounted(column, value, 1), ids, values: { ...column.values, [id]: value } },
  };
}

/**
 * Puts a lead the server sent where its `position` says (taking its card off first, if it was
 * on the board). A lead that sorts after the loaded cards of a column with more to load is not
 * shown (it will come with the next page); it is counted only when `countUnseen` says it is new
 * to the column.
 */
export function withLeadByPosition(
  columns: BoardColumns,
  lead: LeadResponse,
  lookup: LeadLookup,
  countUnseen = true,
): BoardColumns {
  const without = withoutCard(columns, lead.id);
  const column = without[lead.stage];
  const index = column.ids.findIndex((id) => {
    const card = lookup(id);
    return card !== undefined && card.position > lead.position;
  });
  const value = valueOf(lead);
  if (index === -1 && column.nextCursor !== null) {
    if (!countUnseen) return without;
    return { ...without, [lead.stage]: withCounted(column, value, 1) };
  }
  return withCardAt(without, lead.id, value, lead.stage, index === -1 ? column.ids.length : index);
}

/** A card stays where it is but its value or result changed. */
export function withValueChanged(
  columns: BoardColumns,
  id: string,
  value: CardValue,
): BoardColumns {
  const found = findCard(columns, id);
  if (!found) return columns;
  const column = columns[found.stage];
  const previous = column.values[id];
  if (previous && previous.cents === value.cents && previous.result === value.result) {
    return columns;
  }
  const uncounted = previous ? withCounted(column, previous, -1) : column;
  return {
    ...columns,
    [found.stage]: {
      ...withCounted(uncounted, value, 1),
      values: { ...column.values, [id]: value },
    },
  };
}

/** The whole board's totals: every column's, overall and by result. */
export function boardTotals(columns: BoardColumns): Tally & { results: Record<LeadResult, Tally> } {
  const results = emptyResults();
  let count = 0;
  let cents = 0;
  for (const stage of STAGE_ORDER) {
    const column = columns[stage];
    count += column.count;
    cents += column.totalCents;
    for (const result of LEAD_RESULTS) {
      results[result] = {
        count: results[result].count + column.results[result].count,
        cents: results[result].cents + column.results[result].cents,
      };
    }
  }
  return { count, cents, results };
}

export function isFiltered(filters: BoardFilters): boolean {
  return (
    filters.assignee !== 'anyone' ||
    filters.tag.trim() !== '' ||
    filters.q.trim() !== '' ||
    filters.outcome !== undefined ||
    filters.hasNextActivity !== undefined
  );
}

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Whether a lead belongs on the board under these filters, as the API would decide. */
export function matchesFilters(
  lead: LeadResponse,
  filters: BoardFilters,
  currentUserId: string | null,
): boolean {
  if (filters.assignee === 'me' && lead.assigned_user_id !== currentUserId) return false;
  if (filters.assignee === 'none' && lead.assigned_user_id !== null) return false;
  if (filters.outcome && (lead.outcome ?? 'open') !== filters.outcome) return false;
  if (
    filters.hasNextActivity !== undefined &&
    (lead.next_activity !== null) !== filters.hasNextActivity
  ) {
    return false;
  }
  const tag = filters.tag.trim();
  if (tag && !lead.tags.includes(tag)) return false;
  const q = normalize(filters.q.trim());
  if (q) {
    const haystack = normalize(`${lead.name} ${lead.email ?? ''} ${lead.phone ?? ''}`);
    if (!haystack.includes(q)) return false;
  }
  return true;
}
