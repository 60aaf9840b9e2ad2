import type { LeadResponse, LeadStage, LiveEvent } from '@loved/shared';
import { create } from 'zustand';
import { getLeads, type GetLeadsParams } from '@/features/leads/api/get-leads';
import { getPipeline } from '@/features/leads/api/get-pipeline';
import type { BoardColumns, BoardFilters } from '@/features/leads/types/board';
import {
  emptyColumns,
  findLead,
  matchesFilters,
  withLeadAt,
  withLeadByPosition,
  withLeadReplaced,
  withoutLead,
} from '@/features/leads/utils/board-columns';

export const BOARD_PAGE_LIMIT = 50;

export const DEFAULT_FILTERS: BoardFilters = { assignee: 'anyone', tag: '', q: '' };

export type BoardStatus = 'loading' | 'ready' | 'error';

type LeadBoardState = {
  status: BoardStatus;
  error: unknown;
  columns: BoardColumns;
  filters: BoardFilters;
  /** Whose leads "me" means, and for live events, whose leads match "Meus leads". */
  currentUserId: string | null;
  setCurrentUser: (userId: string | null) => void;
  setFilters: (filters: Partial<BoardFilters>) => void;
  /** (Re)loads every column for the current filters; `silent` keeps the board on screen. */
  load: (options?: { silent?: boolean }) => Promise<void>;
  loadMore: (stage: LeadStage) => Promise<void>;
  /** Puts a card at `index` of `stage` at once (optimistic move or its rollback). */
  placeLead: (lead: LeadResponse, stage: LeadStage, index: number) => void;
  /**
   * A lead as the server sent it: moved where its stage and position say, or dropped when it
   * no longer matches the filters. `isNew`: just created, so it adds to its column's count even
   * when it sorts past the loaded cards.
   */
  receiveLead: (lead: LeadResponse, options?: { isNew?: boolean }) => void;
  removeLead: (id: string) => void;
  applyLiveEvent: (event: LiveEvent) => void;
  /** Forgets the loaded columns (leaving the page, switching organisation); keeps filters. */
  reset: () => void;
};

/** Filters as `GET /leads` parameters. */
function filterParams(filters: BoardFilters): GetLeadsParams {
  return {
    ...(filters.assignee === 'anyone' ? {} : { assigned_user_id: filters.assignee }),
    ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
  };
}

async function loadColumns(filters: BoardFilters, signal: AbortSignal): Promise<BoardColumns> {
  const columns = emptyColumns();
  // The board applies the filters itself, so counts and totals stay exact.
  const pipeline = await getPipeline(BOARD_PAGE_LIMIT, filterParams(filters), signal);
  for (const column of pipeline.columns) {
    columns[column.stage] = {
      ...columns[column.stage],
      items: column.items,
      count: column.count,
      totalCents: column.total_estimated_value_cents,
      nextCursor: column.next_cursor,
    };
  }
  return columns;
}

let loadController: AbortController | null = null;

/** The pipeline board: its columns, filters and the live and optimistic changes to them. */
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
      set((state) => {
        const current = state.columns[stage];
        const known = new Set(current.items.map((lead) => lead.id));
        const fresh = page.items.filter((lead) => !known.has(lead.id));
        return {
          columns: {
            ...state.columns,
            [stage]: {
              ...current,
              items: [...current.items, ...fresh],
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

  placeLead: (lead, stage, index) =>
    set((state) => ({ columns: withLeadAt(state.columns, lead, stage, index) })),

  receiveLead: (lead, options) =>
    set((state) => {
      const found = findLead(state.columns, lead.id);
      // Events can overtake each other; an older version never replaces a newer one.
      if (found && found.lead.version > lead.version) return state;
      if (!matchesFilters(lead, state.filters, state.currentUserId)) {
        return { columns: withoutLead(state.columns, lead.id) };
      }
      if (found && found.stage === lead.stage && found.lead.position === lead.position) {
        return { columns: withLeadReplaced(state.columns, lead) };
      }
      // A lead this board never loaded may come from an unloaded part of another column:
      // counting it here could count it twice.
      const countUnseen = found !== null || (options?.isNew ?? false);
      return { columns: withLeadByPosition(state.columns, lead, countUnseen) };
    }),

  removeLead: (id) => set((state) => ({ columns: withoutLead(state.columns, id) })),

  reset: () => {
    loadController?.abort();
    loadController = null;
    set({ status: 'loading', error: null, columns: emptyColumns() });
  },

  applyLiveEvent: (event) => {
    const { receiveLead, removeLead } = get();
    if (event.type === 'lead.deleted') {
      removeLead(event.lead_id);
      return;
    }
    if (event.lead) {
      receiveLead(event.lead, { isNew: event.type === 'lead.created' });
      return;
    }
    const communication = event.communication;
    if (event.type !== 'communication.created' || !communication) return;
    const found = findLead(get().columns, event.lead_id);
    if (!found) return;
    const isContact = communication.direction !== 'internal';
    const isNewer =
      found.lead.last_contact_at === null || found.lead.last_contact_at <= communication.sent_at;
    set((state) => ({
      columns: withLeadReplaced(state.columns, {
        ...found.lead,
        communications_count: found.lead.communications_count + 1,
        ...(isContact && isNewer
          ? { last_contact_at: communication.sent_at, last_contact_channel: communication.channel }
          : {}),
      }),
    }));
  },
}));
