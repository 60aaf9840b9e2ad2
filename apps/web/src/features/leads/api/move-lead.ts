import type { LeadResponse, MoveLeadRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/**
 * POST /leads/:id/move. `before_id` is the card that ends up right below the moved one,
 * `after_id` the one right above; neither puts it at the top of the column.
 */
export async function moveLead(id: string, body: MoveLeadRequest): Promise<LeadResponse> {
  const response = await apiClient.post<LeadResponse>(
    `/leads/${encodeURIComponent(id)}/move`,
    body,
  );
  return response.data;
}
