import type { CloseLeadRequest, LeadResponse } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { receiveLead } from '@/features/leads/utils/receive-lead';
import { apiClient } from '@/lib/api-client';

export type CloseLeadInput = { id: string; body: CloseLeadRequest };

/**
 * POST /leads/:id/close: won or lost (lost needs `lost_reason`). Moves the lead to the top of
 * Fechado if it is elsewhere, in the same transaction.
 */
export async function closeLead(id: string, body: CloseLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.post<LeadResponse>(
    `/leads/${encodeURIComponent(id)}/close`,
    body,
  );
  return response.data;
}

/** Closes a deal; the answer replaces the lead's record and its place on the board. */
export function useCloseLead(): UseMutationResult<LeadResponse, Error, CloseLeadInput> {
  return useMutation({
    mutationFn: ({ id, body }: CloseLeadInput) => closeLead(id, body),
    onSuccess: (saved) => receiveLead(saved),
  });
}
