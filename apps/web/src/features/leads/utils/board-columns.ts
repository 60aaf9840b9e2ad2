import type { LeadResponse, LeadStage } from '@loved/shared';
import type { BoardColumn, BoardColumns, BoardFilters } from '@/features/leads/types/board';
import { STAGE_ORDER } from '@/features/leads/utils/stages';

// Pure operations on the board's columns; the store applies them. Each returns new columns
// and keeps every column's count and BRL total in step with the cards it gained or lost.

export function emptyColumn(stage: LeadStage): BoardColumn {
  return {
    stage,
    items: [],
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

export type FoundLead = { lead: LeadResponse; stage: LeadStage; index: number };

export function findLead(columns: BoardColumns, id: string): FoundLead | null {
  for (const stage of STAGE_ORDER) {
    const index = columns[stage].items.findIndex((lead) => lead.id === id);
    const lead = columns[stage].items[index];
    if (lead) return { lead, stage, index };
  }
  return null;
}

const centsOf = (lead: LeadResponse): number => lead.estimated_value_cents ?? 0;

export function withoutLead(columns: BoardColumns, id: string): BoardColumns {
  const found = findLead(columns, id);
  if (!found) return columns;
  const column = columns[found.stage];
  return {
    ...columns,
    [found.stage]: {
      ...column,
      items: column.items.filter((lead) => lead.id !== id),
      count: Math.max(0, column.count - 1),
      totalCents: Math.max(0, column.totalCents - centsOf(found.lead)),
    },
  };
}

/** Puts `lead` at `index` of `stage` (taking it out of wherever it was first). */
export function withLeadAt(
  columns: BoardColumns,
  lead: LeadResponse,
  stage: LeadStage,
  index: number,
): BoardColumns {
  const without = withoutLead(columns, lead.id);
  const column = without[stage];
  const items = [...column.items];
  items.splice(Math.min(Math.max(index, 0), items.length), 0, { ...lead, stage });
  return {
    ...without,
    [stage]: {
      ...column,
      items,
      count: column.count + 1,
      totalCents: column.totalCents + centsOf(lead),
    },
  };
}

/**
 * Puts a lead the server sent where its `position` says. A lead that sorts after the loaded
 * cards of a column with more to load is not shown (it will come with the next page); it is
 * counted only when `countUnseen` says it is new to the column.
 */
export function withLeadByPosition(
  columns: BoardColumns,
  lead: LeadResponse,
  countUnseen = true,
): BoardColumns {
  const without = withoutLead(columns, lead.id);
  const column = without[lead.stage];
  const index = column.items.findIndex((card) => card.position > lead.position);
  if (index === -1 && column.nextCursor !== null) {
    if (!countUnseen) return without;
    return {
      ...without,
      [lead.stage]: {
        ...column,
        count: column.count + 1,
        totalCents: column.totalCents + centsOf(lead),
      },
    };
  }
  return withLeadAt(without, lead, lead.stage, index === -1 ? column.items.length : index);
}

/** Replaces a card in place with new data that does not change its column or order. */
export function withLeadReplaced(columns: BoardColumns, lead: LeadResponse): BoardColumns {
  const found = findLead(columns, lead.id);
  if (!found) return columns;
  const column = columns[found.stage];
  return {
    ...columns,
    [found.stage]: {
      ...column,
      items: column.items.map((card) => (card.id === lead.id ? lead : card)),
      totalCents: column.totalCents - centsOf(found.lead) + centsOf(lead),
    },
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
