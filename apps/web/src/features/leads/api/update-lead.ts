import type { LeadResponse, UpdateLeadRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** PATCH /leads/:id with the `version` last read; stale: 409 LEAD_STALE_VERSION with `current`. */
export async function updateLead(id: string, body: UpdateLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.patch<LeadResponse>(`/leads/${encodeURIComponent(id)}`, body);
  return response.data;
}
