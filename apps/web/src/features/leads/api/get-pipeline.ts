import type { PipelineResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** GET /pipeline: per stage, in board order, the count, BRL total and first cards. */
export async function getPipeline(limit: number, signal?: AbortSignal): Promise<PipelineResponse> {
  const response = await apiClient.get<PipelineResponse>('/pipeline', {
    params: { limit },
    signal,
  });
  return response.data;
}
