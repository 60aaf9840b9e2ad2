import type { ListEnvelope, LostReason } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** The list changes rarely, and every change made here updates the cache itself. */
const LOST_REASONS_STALE_TIME_MS = 5 * 60_000;

/** GET /lost-reasons: the organisation's reasons a deal is lost, in order (any member). */
export async function getLostReasons(signal?: AbortSignal): Promise<LostReason[]> {
  const response = await apiClient.get<ListEnvelope<LostReason>>('/lost-reasons', { signal });
  return response.data.items;
}

export function lostReasonsQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'lost-reasons'];
}

export function getLostReasonsQueryOptions(
  organizationId: string | null,
): AppQueryOptions<LostReason[]> {
  return queryOptions({
    queryKey: lostReasonsQueryKey(organizationId),
    queryFn: ({ signal }) => getLostReasons(signal),
    staleTime: LOST_REASONS_STALE_TIME_MS,
  });
}

/** The current organisation's lost reasons, shared by the close dialog and Settings. */
export function useLostReasons(): UseQueryResult<LostReason[]> {
  return useQuery(getLostReasonsQueryOptions(useOrganizationId()));
}

/** Keeps a list in the order the API keeps it (by position; a stable sort keeps ties). */
export function sortLostReasons(reasons: LostReason[]): LostReason[] {
  return [...reasons].sort((a, b) => a.position - b.position);
}
