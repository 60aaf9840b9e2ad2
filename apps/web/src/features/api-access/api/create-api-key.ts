import type { ApiKeyResponse, CreateApiKeyRequest, CreatedApiKeyResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { apiKeysQueryKey, type ApiKeysData } from '@/features/api-access/api/get-api-keys';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /api-keys (admin): 201 with the key's `secret`, the only time the API shows it; 400
 * with field errors (`name`, `scopes`, `expires_at`).
 */
export async function createApiKey(body: CreateApiKeyRequest): Promise<CreatedApiKeyResponse> {
  const response = await apiClient.post<CreatedApiKeyResponse>('/api-keys', body);
  return response.data;
}

/**
 * Creates a key and puts it first in the cached list, without its secret: the secret lives only
 * in the dialog that shows it once.
 */
export function useCreateApiKey(): UseMutationResult<
  CreatedApiKeyResponse,
  Error,
  CreateApiKeyRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: ({ secret: _secret, ...key }) => {
      const listed: ApiKeyResponse = key;
      queryClient.setQueryData<ApiKeysData>(apiKeysQueryKey(organizationId), (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page, index) =>
                index === 0 ? { ...page, items: [listed, ...page.items] } : page,
              ),
            }
          : data,
      );
    },
  });
}
