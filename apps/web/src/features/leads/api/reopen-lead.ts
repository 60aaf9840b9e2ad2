import type { LeadResponse, ReopenLeadRequest } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { receiveLead } from '@/features/leads/utils/receive-lead';
import { apiClient } from '@/lib/api-client';

export type ReopenLeadInput = { id: string; body?: ReopenLeadRequest };

/** POST /leads/:id/reopen: clears the result and moves the lead to `stage` (Negociação). */
export async function reopenLead(id: string, body: ReopenLeadRequest = {}): Promise<LeadResponse> {
  const response = await apiClient.post<LeadResponse>(
    `/leads/${encodeURIComponent(id)}/reopen`,
    body,
  );
  return response.data;
}

/** Reopens a closed deal; the answer replaces the lead's record and its place on the board. */
export function useReopenLead(): UseMutationResult<LeadResponse, Error, ReopenLeadInput> {
  return useMutation({
    mutationFn: ({ id, body }: ReopenLeadInput) => reopenLead(id, body),
    onSuccess: (saved) => receiveLead(saved),
  });
}
