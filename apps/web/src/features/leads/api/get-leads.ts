import type {
  LeadPriority,
  LeadResponse,
  LeadResultFilter,
  LeadSort,
  LeadStage,
  ListEnvelope,
} from '@loved/shared';
import { apiClient } from '@/lib/api-client';

export type GetLeadsParams = {
  stage?: LeadStage;
  /** A member id, `me` or `none` (unassigned). */
  assigned_user_id?: string;
  tag?: string;
  priority?: LeadPriority;
  q?: string;
  /** `open` (no result yet), `won` or `lost`. */
  outcome?: LeadResultFilter;
  /** `false`: only leads without an open activity; `true`: only leads with one. */
  has_next_activity?: boolean;
  sort?: LeadSort;
  cursor?: string;
  limit?: number;
};

/** GET /leads: one page of the leads the caller may see, filtered. */
export async function getLeads(
  params: GetLeadsParams,
  signal?: AbortSignal,
): Promise<ListEnvelope<LeadResponse>> {
  const response = await apiClient.get<ListEnvelope<LeadResponse>>('/leads', { params, signal });
  return response.data;
}
