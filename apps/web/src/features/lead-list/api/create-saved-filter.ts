import type { CreateSavedFilterRequest, SavedFilter } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { savedFiltersQueryKey, sortSavedFilters } from '@/features/lead-list/api/get-saved-filters';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** POST /saved-filters; 409 SAVED_FILTER_EXISTS when the user has one of that name. */
export async function createSavedFilter(body: CreateSavedFilterRequest): Promise<SavedFilter> {
  const response = await apiClient.post<SavedFilter>('/saved-filters', body);
  return response.data;
}

/** Saves the current filters under a name and puts them in the cached menu. */
export function useCreateSavedFilter(): UseMutationResult<
  SavedFilter,
  Error,
  CreateSavedFilterRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: createSavedFilter,
    onSuccess: (created) => {
      queryClient.setQueryData<SavedFilter[]>(savedFiltersQueryKey(organizationId), (filters) =>
        filters ? sortSavedFilters([...filters, created]) : filters,
      );
    },
  });
}
