import type { LeadResponse, LeadStage, LeadTotals } from '@loved/shared';
import { create } from 'zustand';
import { getLeads, type GetLeadsParams } from '@/features/leads/api/get-leads';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import type { BoardColumns, BoardFilters, CardValue, Tally } from '@/features/leads/types/board';
import {
  emptyColumns,
  findCard,
  matchesFilters,
  valueOf,
  withCardAt,
  withLeadByPosition,
  withoutCard,
  withValueChanged,
} from '@/features/leads/utils/board-columns';
import { readLeadRecord, writeLeadRecord } from '@/features/leads/utils/lead-records';

export const BOARD_PAGE_LIMIT = 50;

export const DEFAULT_FILTERS: BoardFilters = { assignee: 'anyone', tag: '', q: '' };

export type BoardStatus = 'loading' | 'ready' | 'error';

type LeadBoardState = {
  status: BoardStatus;
  error: unknown;
  /** Which leads sit where: the board's own (optimistic) order. The leads are records. */
  columns: BoardColumns;
  filters: BoardFilters;
  /** Whose leads "me" means, and for live events, whose leads match "Meus leads". */
  currentUserId: string | null;
  setCurrentUser: (userId: string | null) => void;
  setFilters: (filters: Partial<BoardFilters>) => void;
  /** (Re)loads every column for the current filters; `silent` keeps the board on screen. */
  load: (options?: { silent?: boolean }) => Promise<void>;
  loadMore: (stage: LeadStage) => Promise<void>;
  /**
   * Puts a card at `index` of `stage` at once (optimistic move or its rollback), counted with
   * `value` (by default what its record says).
   */
  placeLead: (leadId: string, stage: LeadStage, index: number, value?: CardValue) => void;
  /**
   * A lead as the server sent it, given with the record it replaces: moved where its stage and
   * position say, or dropped when it no longer matches the filters. `isNew`: just created, so
   * it adds to its column's count even when it sorts past the loaded cards.
   */
  placeFromServer: (
    lead: LeadResponse,
    previous: LeadResponse | undefined,
    options?: { isNew?: boolean },
  ) => void;
  /** Takes a card off the board and its totals. */
  removeLead: (leadId: string) => void;
  /** Forgets the loaded columns (leaving the page, switching organisation); keeps filters. */
  reset: () => void;
};

/** Filters as `GET /leads` parameters. */
function filterParams(filters: BoardFilters): GetLeadsParams {
  return {
    ...(filters.assignee === 'anyone' ? {} : { assigned_user_id: filters.assignee }),
    ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.hasNextActivity === undefined
      ? {}
      : { has_next_activity: filters.hasNextActivity }),
  };
}

/**
 * A total as the board counts it, in cents. Past what a JSON number holds exactly the API sends
 * only the decimal; a total that large only needs to read right to the real, so the rounding of
 * Number() is harmless.
 */
function tallyOf(totals: LeadTotals): Tally {
  return {
    count: totals.count,
    cents:
      totals.total_estimated_value_cents ?? Math.round(Number(totals.total_estimated_value) * 100),
  };
}

async function loadColumns(filters: BoardFilters, signal: AbortSignal): Promise<BoardColumns> {
  const columns = emptyColumns();
  // The board applies the filters itself, so counts and totals stay exact.
  const pipeline = await getPipeline(BOARD_PAGE_LIMIT, filterParams(filters), signal);
  for (const column of pipeline.columns) {
    column.items.forEach(writeLeadRecord);
    columns[column.stage] = {
      ...columns[column.stage],
      ids: column.items.map((lead) => lead.id),
      count: column.count,
      totalCents: tallyOf(column).cents,
      results: { open: tallyOf(column.open), won: tallyOf(column.won), lost: tallyOf(column.lost) },
      // Counted as the record holds it (a newer one may already be held).
      values: Object.fromEntries(
        column.items.map((lead) => [lead.id, valueOf(readLeadRecord(lead.id) ?? lead)]),
      ),
      nextCursor: column.next_cursor,
    };
  }
  return columns;
}

let loadController: AbortController | null = null;

/** The pipeline board: which leads sit in which column, its filters, and changes to them. */
export const useLeadBoardStore = create<LeadBoardState>()((set, get) => ({
  status: 'loading',
  error: null,
  columns: emptyColumns(),
  filters: DEFAULT_FILTERS,
  currentUserId: null,

  setCurrentUser: (currentUserId) => set({ currentUserId }),

  setFilters: (filters) => {
    set((state) => ({ filters: { ...state.filters, ...filters } }));
    void get().load();
  },

  load: async (options) => {
    loadController?.abort();
    const controller = new AbortController();
    loadController = controller;
    if (!options?.silent) set({ status: 'loading', error: null });
    try {
      const columns = await loadColumns(get().filters, controller.signal);
      if (controller.signal.aborted) return;
      set({ status: 'ready', columns });
    } catch (error) {
      if (controller.signal.aborted || options?.silent) return;
      set({ status: 'error', error });
    }
  },

  loadMore: async (stage) => {
    const { columns, filters } = get();
    const column = columns[stage];
    if (!column.nextCursor || column.isLoadingMore) return;
    const patch = (changes: Partial<BoardColumns[LeadStage]>): void =>
      set((state) => ({
        columns: { ...state.columns, [stage]: { ...state.columns[stage], ...changes } },
      }));
    patch({ isLoadingMore: true, loadMoreError: null });
    try {
      const page = await getLeads({
        ...filterParams(filters),
        stage,
        sort: 'position',
        cursor: column.nextCursor,
        limit: BOARD_PAGE_LIMIT,
      });
      page.items.forEach(writeLeadRecord);
      set((state) => {
        const current = state.columns[stage];
        const known = new Set(current.ids);
        const fresh = page.items.map((lead) => lead.id).filter((id) => !known.has(id));
        return {
          columns: {
            ...state.columns,
            [stage]: {
              ...current,
              ids: [...current.ids, ...fresh],
              nextCursor: page.next_cursor,
              isLoadingMore: false,
            },
          },
        };
      });
    } catch (error) {
      patch({ isLoadingMore: false, loadMoreError: error });
    }
  },

  placeLead: (leadId, stage, index, value) =>
    set((state) =>
      state.status === 'ready'
        ? {
            columns: withCardAt(
              state.columns,
              leadId,
              value ?? valueOf(readLeadRecord(leadId)),
              stage,
              index,
            ),
          }
        : state,
    ),

  placeFromServer: (lead, previous, options) =>
    set((state) => {
      // Columns being (re)loaded will come with the lead as the server has it now.
      if (state.status !== 'ready') return state;
      const found = findCard(state.columns, lead.id);
      if (!matchesFilters(lead, state.filters, state.currentUserId)) {
        return { columns: withoutCard(state.columns, lead.id) };
      }
      if (found && found.stage === lead.stage && previous?.position === lead.position) {
        return { columns: withValueChanged(state.columns, lead.id, valueOf(lead)) };
      }
      // A lead this board never loaded may come from an unloaded part of another column:
      // counting it here could count it twice.
      const countUnseen = found !== null || (options?.isNew ?? false);
      return {
        columns: withLeadByPosition(state.columns, lead, readLeadRecord, countUnseen),
      };
    }),

  removeLead: (leadId) =>
    set((state) =>
      state.status === 'ready' ? { columns: withoutCard(state.columns, leadId) } : state,
    ),

  reset: () => {
    loadController?.abort();
    loadController = null;
    set({ status: 'loading', error: null, columns: emptyColumns() });
  },
}));
