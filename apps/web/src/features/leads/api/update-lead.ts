import type { LeadResponse, UpdateLeadRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { receiveLead } from '@/features/leads/utils/receive-lead';
import { apiClient, ApiError } from '@/lib/api-client';

export type UpdateLeadInput = { id: string; body: UpdateLeadRequest };

/** PATCH /leads/:id with the `version` last read; stale: 409 LEAD_STALE_VERSION with `current`. */
export async function updateLead(id: string, body: UpdateLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.patch<LeadResponse>(`/leads/${encodeURIComponent(id)}`, body);
  return response.data;
}

/** The current lead a 409 LEAD_STALE_VERSION carries, if the error is one. */
export function staleLeadOf(error: unknown): LeadResponse | null {
  if (!(error instanceof ApiError) || error.code !== 'LEAD_STALE_VERSION') return null;
  const current = error.extensions.current;
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Record<string, unknown>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number'
    ? (current as LeadResponse)
    : null;
}

/** Saves a lead; the saved one (or, on a 409, the current one) replaces its record. */
export function useUpdateLead(): UseMutationResult<LeadResponse, Error, UpdateLeadInput> {
  return useMutation({
    mutationFn: ({ id, body }: UpdateLeadInput) => updateLead(id, body),
    onSuccess: (saved) => receiveLead(saved),
    onError: (error) => {
      const current = staleLeadOf(error);
      if (current) receiveLead(current);
    },
  });
}
