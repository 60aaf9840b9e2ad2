import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { forgetLead } from '@/features/leads/utils/receive-lead';
import { apiClient } from '@/lib/api-client';

/** DELETE /leads/:id (manager or admin). */
export async function deleteLead(id: string): Promise<void> {
  await apiClient.delete(`/leads/${encodeURIComponent(id)}`);
}

/** Deletes a lead and takes it off every view at once. */
export function useDeleteLead(): UseMutationResult<void, Error, string> {
  return useMutation({ mutationFn: deleteLead, onSuccess: (_nothing, id) => forgetLead(id) });
}
