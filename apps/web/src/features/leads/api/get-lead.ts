import type { LeadResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient, ApiError } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** GET /leads/:id; 404 LEAD_NOT_FOUND also for another organisation's lead. */
export async function getLead(id: string, signal?: AbortSignal): Promise<LeadResponse> {
  const response = await apiClient.get<LeadResponse>(`/leads/${encodeURIComponent(id)}`, {
    signal,
  });
  return response.data;
}

/** A lead, or null when there is none here (deleted, another organisation's, malformed id). */
async function findLead(id: string, signal: AbortSignal): Promise<LeadResponse | null> {
  try {
    return await getLead(id, signal);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return null;
    throw error;
  }
}

/** Where one lead is held: the single copy the board, the panel and the lead page all read. */
export function leadQueryKey(organizationId: string | null, leadId: string): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'leads', leadId];
}

export function getLeadQueryOptions(
  organizationId: string | null,
  leadId: string,
): AppQueryOptions<LeadResponse | null> {
  return queryOptions({
    queryKey: leadQueryKey(organizationId, leadId),
    queryFn: ({ signal }) => findLead(leadId, signal),
  });
}

/** One lead; `data` is null when it does not exist here. Live events keep it current. */
export function useLead(leadId: string): UseQueryResult<LeadResponse | null> {
  return useQuery(getLeadQueryOptions(useOrganizationId(), leadId));
}
