import type { AiSummaryResponse } from '@loved/shared';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { receiveAiSummary } from '@/features/ai-summaries/utils/ai-summary-cache';
import { apiClient } from '@/lib/api-client';

/**
 * POST /leads/:id/ai-summaries: 202 with the summary `pending`; a job writes it and the live
 * event `ai_summary.ready` follows. 429 AI_SUMMARY_QUOTA_EXCEEDED (`limit`, `used`,
 * `resets_at`), 404 LEAD_NOT_FOUND.
 */
export async function generateAiSummary(leadId: string): Promise<AiSummaryResponse> {
  const response = await apiClient.post<AiSummaryResponse>(
    `/leads/${encodeURIComponent(leadId)}/ai-summaries`,
  );
  return response.data;
}

/** Asks for a new summary of the lead's conversation and shows it as pending at once. */
export function useGenerateAiSummary(
  leadId: string,
): UseMutationResult<AiSummaryResponse, Error, void> {
  return useMutation({
    mutationFn: () => generateAiSummary(leadId),
    onSuccess: receiveAiSummary,
  });
}
