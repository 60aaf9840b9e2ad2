import type { ReadinessResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

export type { ReadinessResponse };

/**
 * GET /health/ready. Resolves when every configured dependency answers; a 503 rejects with an
 * ApiError whose `errors[].field` names each dependency that is down.
 */
export async function getReadiness(signal?: AbortSignal): Promise<ReadinessResponse> {
  const response = await apiClient.get<ReadinessResponse>('/health/ready', { signal });
  return response.data;
}
