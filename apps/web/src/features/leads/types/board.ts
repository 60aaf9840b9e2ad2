import type { LeadResponse, LeadStage } from '@loved/shared';

export type AssigneeFilter = 'anyone' | 'me' | 'none';

export type BoardFilters = {
  assignee: AssigneeFilter;
  tag: string;
  q: string;
};

export type BoardColumn = {
  stage: LeadStage;
  /** The cards in board order, by lead id; each card reads its lead's record. */
  ids: string[];
  /** All leads of the stage that match the board's filters. */
  count: number;
  totalCents: number;
  nextCursor: string | null;
  isLoadingMore: boolean;
  loadMoreError: unknown;
};

export type BoardColumns = Record<LeadStage, BoardColumn>;

/** How the board reads a lead's record (position, value) while it rearranges cards. */
export type LeadLookup = (leadId: string) => LeadResponse | undefined;
