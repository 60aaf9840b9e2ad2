import type { PipelineResponse } from '@loved/shared';
import type { GetLeadsParams } from '@/features/leads/api/get-leads';
import { apiClient } from '@/lib/api-client';

export type GetPipelineFilters = Pick<
  GetLeadsParams,
  'assigned_user_id' | 'tag' | 'priority' | 'q' | 'outcome' | 'has_next_activity'
>;

/**
 * GET /pipeline: per stage, in board order, the count and BRL total (overall and by result:
 * open, won, lost) and first cards, plus the whole board's totals, filtered.
 */
export async function getPipeline(
  limit: number,
  filters: GetPipelineFilters = {},
  signal?: AbortSignal,
): Promise<PipelineResponse> {
  const response = await apiClient.get<PipelineResponse>('/pipeline', {
    params: { limit, ...filters },
    signal,
  });
  return response.data;
}
