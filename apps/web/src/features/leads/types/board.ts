import type { LeadResponse, LeadStage } from '@loved/shared';

export type AssigneeFilter = 'anyone' | 'me' | 'none';

export type BoardFilters = {
  assignee: AssigneeFilter;
  tag: string;
  q: string;
};

export type BoardColumn = {
  stage: LeadStage;
  items: LeadResponse[];
  /** All leads of the stage that match the board's filters. */
  count: number;
  totalCents: number;
  nextCursor: string | null;
  isLoadingMore: boolean;
  loadMoreError: unknown;
};

export type BoardColumns = Record<LeadStage, BoardColumn>;
