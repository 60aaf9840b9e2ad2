import type { LeadResponse } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** GET /leads/:id; 404 LEAD_NOT_FOUND also for another organisation's lead. */
export async function getLead(id: string, signal?: AbortSignal): Promise<LeadResponse> {
  const response = await apiClient.get<LeadResponse>(`/leads/${encodeURIComponent(id)}`, {
    signal,
  });
  return response.data;
}
