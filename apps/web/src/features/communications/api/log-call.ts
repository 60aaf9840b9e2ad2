import type { CommunicationResponse, LogCallRequest } from '@loved/shared';
import { apiClient } from '@/lib/api-client';

/** POST /leads/:id/calls: a call made or received outside the CRM. */
export async function logCall(
  leadId: string,
  body: LogCallRequest,
): Promise<CommunicationResponse> {
  const response = await apiClient.post<CommunicationResponse>(
    `/leads/${encodeURIComponent(leadId)}/calls`,
    body,
  );
  return response.data;
}
