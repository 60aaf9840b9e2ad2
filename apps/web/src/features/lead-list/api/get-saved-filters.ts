import type { ListEnvelope, SavedFilter } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/** Only the user changes them, and every change made here updates the cache itself. */
const SAVED_FILTERS_STALE_TIME_MS = 5 * 60_000;

/** GET /saved-filters: the signed-in user's saved filters in this organisation, by name. */
export async function getSavedFilters(signal?: AbortSignal): Promise<SavedFilter[]> {
  const response = await apiClient.get<ListEnvelope<SavedFilter>>('/saved-filters', { signal });
  return response.data.items;
}

export function savedFiltersQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'saved-filters'];
}

export function getSavedFiltersQueryOptions(
  organizationId: string | null,
): AppQueryOptions<SavedFilter[]> {
  return queryOptions({
    queryKey: savedFiltersQueryKey(organizationId),
    queryFn: ({ signal }) => getSavedFilters(signal),
    staleTime: SAVED_FILTERS_STALE_TIME_MS,
  });
}

export function useSavedFilters(): UseQueryResult<SavedFilter[]> {
  return useQuery(getSavedFiltersQueryOptions(useOrganizationId()));
}

/** By name, as the API lists them (case and accents aside). */
export function sortSavedFilters(filters: SavedFilter[]): SavedFilter[] {
  return [...filters].sort((a, b) =>
    a.name.localeCompare(b.name, 'pt-BR', { sensitivity: 'base' }),
  );
}
