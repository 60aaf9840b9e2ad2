import type { Channel, LeadOutcome, LeadPriority, LeadStage } from './lead-stage.enum';

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
  last_contact_at: string | null;
  last_contact_channel: Channel | null;
  communications_count: number;
  has_ai_summary: boolean;
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
  /** The moved lead goes right before (above) this lead of the target column. */
  before_id?: string;
  /** The moved lead goes right after (below) this lead of the target column. */
  after_id?: string;
};

export type PipelineColumn = {
  stage: LeadStage;
  count: number;
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

export type PipelineResponse = { columns: PipelineColumn[] };

export type LeadImportResult = {
  imported: number;
  skipped: number;
  errors: Array<{ row: number; message: string }>;
};

export const LEAD_SORTS = ['-created_at', 'created_at', 'position', 'name', '-updated_at'] as const;
export type LeadSort = (typeof LEAD_SORTS)[number];
