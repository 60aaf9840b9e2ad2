import type { CreateLeadRequest, LeadResponse } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { receiveLead } from '@/features/leads/utils/receive-lead';
import { apiClient } from '@/lib/api-client';

/** POST /leads: 409 LEAD_DUPLICATE with `existing_lead`; 400 with per-field `errors`. */
export async function createLead(body: CreateLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.post<LeadResponse>('/leads', body);
  return response.data;
}

/** Creates a lead and shows it at once, before its live event arrives. */
export function useCreateLead(): UseMutationResult<LeadResponse, Error, CreateLeadRequest> {
  return useMutation({
    mutationFn: createLead,
    onSuccess: (lead) => receiveLead(lead, { isNew: true }),
  });
}
