import type { LeadResponse, LeadResultFilter, LeadStage } from '@loved/shared';

export type AssigneeFilter = 'anyone' | 'me' | 'none';

export type BoardFilters = {
  assignee: AssigneeFilter;
  tag: string;
  q: string;
  /** Open deals, won or lost ones; absent: every result. */
  outcome?: LeadResultFilter;
  /** `false`: only leads without an open activity ("sem próxima atividade"); absent: any. */
  hasNextActivity?: boolean;
};

/** A lead's result as the totals count it: `open` until it is won or lost. */
export type LeadResult = LeadResultFilter;

/** How many leads and how much BRL (in cents). */
export type Tally = { count: number; cents: number };

/** What one card adds to its column's totals. */
export type CardValue = { cents: number; result: LeadResult };

export type BoardColumn = {
  stage: LeadStage;
  /** The cards in board order, by lead id; each card reads its lead's record. */
  ids: string[];
  /** All leads of the stage that match the board's filters. */
  count: number;
  totalCents: number;
  /** The same, apart by result (a column other than Fechado holds open deals only). */
  results: Record<LeadResult, Tally>;
  /** What each card on the column was counted with, so taking it off undoes exactly that. */
  values: Record<string, CardValue>;
  nextCursor: string | null;
  isLoadingMore: boolean;
  loadMoreError: unknown;
};

export type BoardColumns = Record<LeadStage, BoardColumn>;

/** How the board reads a lead's record (position, value) while it rearranges cards. */
export type LeadLookup = (leadId: string) => LeadResponse | undefined;
