import type { SavedFilter } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { savedFiltersQueryKey } from '@/features/lead-list/api/get-saved-filters';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { ApiError, apiClient } from '@/lib/api-client';

/** DELETE /saved-filters/:id (204; 404 SAVED_FILTER_NOT_FOUND when already gone). */
export async function deleteSavedFilter(id: string): Promise<void> {
  await apiClient.delete(`/saved-filters/${encodeURIComponent(id)}`);
}

/** Deletes a saved filter and takes it off the cached menu (also when it was already gone). */
export function useDeleteSavedFilter(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const forget = (id: string): void => {
    queryClient.setQueryData<SavedFilter[]>(savedFiltersQueryKey(organizationId), (filters) =>
      filters?.filter((filter) => filter.id !== id),
    );
  };
  return useMutation({
    mutationFn: deleteSavedFilter,
    onSuccess: (_nothing, id) => forget(id),
    onError: (error, id) => {
      if (error instanceof ApiError && error.status === 404) forget(id);
    },
  });
}
