import type { Channel, LeadOutcome, LeadPriority, LeadStage } from './lead-stage.enum';
import type { LeadNextActivity } from '../activities/activity.type';
import type { LeadHealth } from './deal-health.type';

export type LeadAssignee = { id: string; name: string; avatar_url: string | null };

export type LeadResponse = {
  id: string;
  organization_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  stage: LeadStage;
  source: string | null;
  /** BRL as an exact decimal string, e.g. "1500.00". */
  estimated_value: string | null;
  estimated_value_cents: number | null;
  tags: string[];
  assigned_user_id: string | null;
  assigned_user: LeadAssignee | null;
  priority: LeadPriority;
  outcome: LeadOutcome | null;
  lost_reason: string | null;
  /** When the lead entered its current stage ("há 3 dias nesta etapa"). */
  stage_changed_at: string;
  last_contact_at: string | null;
  last_contact_channel: Channel | null;
  communications_count: number;
  has_ai_summary: boolean;
  /** The earliest open activity of the lead; null = "sem próxima atividade". */
  next_activity: LeadNextActivity | null;
  /** Deal-health signals under the stage's thresholds; null once the lead is won or lost. */
  health: LeadHealth | null;
  /** When the result (won/lost) was set; null while open. */
  closed_at: string | null;
  position: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type CreateLeadRequest = {
  name: string;
  email?: string | null;
  phone?: string | null;
  stage?: LeadStage;
  source?: string | null;
  estimated_value?: string | null;
  estimated_value_cents?: number | null;
  tags?: string[];
  assigned_user_id?: string | null;
  priority?: LeadPriority;
  allow_duplicate?: boolean;
};

export type UpdateLeadRequest = Partial<Omit<CreateLeadRequest, 'allow_duplicate'>> & {
  version: number;
  outcome?: LeadOutcome | null;
  lost_reason?: string | null;
};

export type MoveLeadRequest = {
  stage: LeadStage;
  /** With `stage: 'fechado'`: the result, set in the same transaction as the move. */
  outcome?: LeadOutcome;
  /** With `outcome: 'lost'`: why (one of the organisation's lost reasons, or free text). */
  lost_reason?: string;
  /** The moved lead goes right before (above) this lead of the target column. */
  before_id?: string;
  /** The moved lead goes right after (below) this lead of the target column. */
  after_id?: string;
};

/** Count and exact BRL total of a set of leads (see PipelineColumn for the two forms). */
export type LeadTotals = {
  count: number;
  total_estimated_value: string;
  total_estimated_value_cents: number | null;
};

export type PipelineColumn = {
  stage: LeadStage;
  count: number;
  /** Leads of the column without a result (the open deals); on Fechado, neither won nor lost. */
  open: LeadTotals;
  won: LeadTotals;
  lost: LeadTotals;
  /**
   * The stage's total in BRL as an exact decimal string ("12500.00"): always present, never
   * rounded, whatever the size of the sum. Prefer it for display.
   */
  total_estimated_value: string;
  /**
   * The same total in integer cents while a JSON number holds it exactly (up to
   * Number.MAX_SAFE_INTEGER); null beyond that, so a rounded total is never sent.
   */
  total_estimated_value_cents: number | null;
  items: LeadResponse[];
  /** Continue with `GET /leads?stage=<stage>&sort=position&cursor=<next_cursor>`. */
  next_cursor: string | null;
};

/** `totals`: the whole board under the same filters (all columns). */
export type PipelineResponse = {
  columns: PipelineColumn[];
  totals: LeadTotals & { open: LeadTotals; won: LeadTotals; lost: LeadTotals };
};

/** Filter of `GET /leads` and `GET /pipeline` by result: `open` = no outcome yet. */
export const LeadResultFilter = { Open: 'open', Won: 'won', Lost: 'lost' } as const;
export type LeadResultFilter = (typeof LeadResultFilter)[keyof typeof LeadResultFilter];
export const LEAD_RESULT_FILTERS: readonly LeadResultFilter[] = Object.values(LeadResultFilter);

/** The filters the board, the list and saved filters share (query parameters of both). */
export type LeadFilters = {
  assigned_user_id?: string;
  tag?: string;
  priority?: LeadPriority;
  q?: string;
  outcome?: LeadResultFilter;
  /** `false`: only leads without an open activity ("sem próxima atividade"); `true`: only with one. */
  has_next_activity?: boolean;
};

/**
 * `POST /api/v1/leads/:id/close`: moves the lead to Fechado (top of the column) if it is not
 * there, and sets its result, in one transaction.
 */
export type CloseLeadRequest = {
  outcome: LeadOutcome;
  /** Required when lost. */
  lost_reason?: string;
};

/** `POST /api/v1/leads/:id/reopen`: clears the result and moves the lead back to `stage`. */
export type ReopenLeadRequest = { stage?: LeadStage };

/** A reason a deal was lost, from the organisation's editable list. */
export type LostReason = { id: string; label: string; position: number };

/** `POST /api/v1/lost-reasons` (admin or manager). */
export type CreateLostReasonRequest = { label: string };
/** `PATCH /api/v1/lost-reasons/:id` (admin or manager). */
export type UpdateLostReasonRequest = { label?: string; position?: number };

export const BulkLeadAction = {
  MoveStage: 'move_stage',
  Assign: 'assign',
  AddTag: 'add_tag',
  RemoveTag: 'remove_tag',
  Delete: 'delete',
} as const;
export type BulkLeadAction = (typeof BulkLeadAction)[keyof typeof BulkLeadAction];
export const BULK_LEAD_ACTIONS: readonly BulkLeadAction[] = Object.values(BulkLeadAction);

/** Most leads one bulk request may change. */
export const BULK_LEADS_MAX = 500;

/**
 * `POST /api/v1/leads/bulk`: one request, one transaction, one live event per lead. Every id
 * must be a lead the user may change, or nothing is changed (404 naming the missing ids).
 */
export type BulkLeadsRequest = {
  ids: string[];
  action: BulkLeadAction;
  /** With `move_stage` (to the top of the column, in the order of `ids`). */
  stage?: LeadStage;
  /** With `assign`; null unassigns. */
  assigned_user_id?: string | null;
  /** With `add_tag` / `remove_tag`. */
  tag?: string;
};

export type BulkLeadsResponse = { action: BulkLeadAction; affected: number; ids: string[] };

/** A user's saved filter of the board and list (`GET|POST /saved-filters`, `DELETE /saved-filters/:id`). */
export type SavedFilter = {
  id: string;
  name: string;
  filters: LeadFilters & { stage?: LeadStage; sort?: LeadSort };
  created_at: string;
};

export type CreateSavedFilterRequest = Pick<SavedFilter, 'name' | 'filters'>;

export type LeadImportResult = {
  imported: number;
  skipped: number;
  errors: Array<{ row: number; message: string }>;
};

export const LEAD_SORTS = [
  '-created_at',
  'created_at',
  'position',
  'name',
  '-name',
  '-updated_at',
  'estimated_value',
  '-estimated_value',
  '-last_contact_at',
  '-stage_changed_at',
  /** Longest in the stage first. */
  'stage_changed_at',
  /** Longest without contact first (never contacted before any). */
  'last_contact_at',
] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];
