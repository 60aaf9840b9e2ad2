import type { LeadResponse, LeadStage } from '@loved/shared';
import type {
  BoardColumn,
  BoardColumns,
  BoardFilters,
  LeadLookup,
} from '@/features/leads/types/board';
import { STAGE_ORDER } from '@/features/leads/utils/stages';

// Pure operations on the board's columns; the store applies them. Columns hold lead ids only
// (the leads themselves are records held once); each operation returns new columns and keeps
// every column's count and BRL total in step with the cards it gained or lost.

export function emptyColumn(stage: LeadStage): BoardColumn {
  return {
    stage,
    ids: [],
    count: 0,
    totalCents: 0,
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

/** Takes a card off the board; `cents` is the value it was counted with. */
export function withoutCard(columns: BoardColumns, id: string, cents: number): BoardColumns {
  const found = findCard(columns, id);
  if (!found) return columns;
  const column = columns[found.stage];
  return {
    ...columns,
    [found.stage]: {
      ...column,
      ids: column.ids.filter((card) => card !== id),
      count: Math.max(0, column.count - 1),
      totalCents: Math.max(0, column.totalCents - cents),
    },
  };
}

/** Puts a card at `index` of `stage` (taking it out of wherever it was first). */
export function withCardAt(
  columns: BoardColumns,
  id: string,
  cents: number,
  stage: LeadStage,
  index: number,
): BoardColumns {
  const without = withoutCard(columns, id, cents);
  const column = without[stage];
  const ids = [...column.ids];
  ids.splice(Math.min(Math.max(index, 0), ids.length), 0, id);
  return {
    ...without,
    [stage]: { ...column, ids, count: column.count + 1, totalCents: column.totalCents + cents },
  };
}

/**
 * Puts a lead the server sent where its `position` says; `previousCents` is the value its card
 * was counted with, if it was on the board. A lead that sorts after the loaded cards of a column
 * with more to load is not shown (it will come with the next page); it is counted only when
 * `countUnseen` says it is new to the column.
 */
export function withLeadByPosition(
  columns: BoardColumns,
  lead: LeadResponse,
  lookup: LeadLookup,
  previousCents: number,
  countUnseen = true,
): BoardColumns {
  const without = withoutCard(columns, lead.id, previousCents);
  const column = without[lead.stage];
  const index = column.ids.findIndex((id) => {
    const card = lookup(id);
    return card !== undefined && card.position > lead.position;
  });
  const cents = centsOf(lead);
  if (index === -1 && column.nextCursor !== null) {
    if (!countUnseen) return without;
    return {
      ...without,
      [lead.stage]: { ...column, count: column.count + 1, totalCents: column.totalCents + cents },
    };
  }
  return withCardAt(without, lead.id, cents, lead.stage, index === -1 ? column.ids.length : index);
}

/** A card stays where it is but its value changed by `deltaCents`. */
export function withValueChanged(
  columns: BoardColumns,
  id: string,
  deltaCents: number,
): BoardColumns {
  const found = findCard(columns, id);
  if (!found || deltaCents === 0) return columns;
  const column = columns[found.stage];
  return {
    ...columns,
    [found.stage]: { ...column, totalCents: Math.max(0, column.totalCents + deltaCents) },
  };
}

export function isFiltered(filters: BoardFilters): boolean {
  return filters.assignee !== 'anyone' || filters.tag.trim() !== '' || filters.q.trim() !== '';
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
  const tag = filters.tag.trim();
  if (tag && !lead.tags.includes(tag)) return false;
  const q = normalize(filters.q.trim());
  if (q) {
    const haystack = normalize(`${lead.name} ${lead.email ?? ''} ${lead.phone ?? ''}`);
    if (!haystack.includes(q)) return false;
  }
  return true;
}
