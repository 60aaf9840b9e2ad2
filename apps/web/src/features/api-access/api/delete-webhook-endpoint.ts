import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  webhookEndpointsQueryKey,
  type WebhookEndpointsData,
} from '@/features/api-access/api/get-webhook-endpoints';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /webhook-endpoints/:id (admin): 204; no more events are sent there. */
export async function deleteWebhookEndpoint(id: string): Promise<void> {
  await apiClient.delete(`/webhook-endpoints/${encodeURIComponent(id)}`);
}

/** Deletes an endpoint and takes it out of the cached list; a refusal reloads the list. */
export function useDeleteWebhookEndpoint(): UseMutationResult<void, Error, string> {
  const queryClient = useQueryClient();
  const queryKey = webhookEndpointsQueryKey(useOrganizationId());
  return useMutation({
    mutationFn: deleteWebhookEndpoint,
    onSuccess: (_nothing, id) => {
      queryClient.setQueryData<WebhookEndpointsData>(queryKey, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.filter((endpoint) => endpoint.id !== id),
              })),
            }
          : data,
      );
    },
    onError: () => queryClient.invalidateQueries({ queryKey }),
  });
}
