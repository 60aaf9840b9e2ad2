import type { CreateLeadRequest, LeadResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /leads: 409 LEAD_DUPLICATE with `existing_lead`; 400 with per-field `errors`. */
export async function createLead(body: CreateLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.post<LeadResponse>('/leads', body);
  return response.data;
}
