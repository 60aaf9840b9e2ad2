import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { apiKeysQueryKey, type ApiKeysData } from '@/features/api-access/api/get-api-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /api-keys/:id (admin): 204; requests with the key are refused from now on. */
export async function revokeApiKey(id: string): Promise<void> {
  await apiClient.delete(`/api-keys/${encodeURIComponent(id)}`);
}

/** Revokes a key and takes it out of the cached list; a refusal reloads the list. */
export function useRevokeApiKey(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const queryKey = apiKeysQueryKey(useOrganizationId());
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: (_nothing, id) => {
      queryClient.setQueryData<ApiKeysData>(queryKey, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.filter((key) => key.id !== id),
              })),
            }
          : data,
      );
    },
    // Already revoked elsewhere, say: the list is out of date.
    onError: () => queryClient.invalidateQueries({ queryKey }),
  });
}
