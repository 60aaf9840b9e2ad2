import type { PipelineResponse } from '@loved/shared';
import type { GetLeadsParams } from '@/features/leads/api/get-leads';
import { apiClient } from '@/lib/api-client';

export type GetPipelineFilters = Pick<
  GetLeadsParams,
  'assigned_user_id' | 'tag' | 'priority' | 'q'
>;

/** GET /pipeline: per stage, in board order, the count, BRL total and first cards, filtered. */
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
