import type { UpdateWebhookEndpointRequest, WebhookEndpointResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  webhookEndpointsQueryKey,
  type WebhookEndpointsData,
} from '@/features/api-access/api/get-webhook-endpoints';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

export type UpdateWebhookEndpointInput = { id: string; body: UpdateWebhookEndpointRequest };

/**
 * PATCH /webhook-endpoints/:id (admin): change the URL, events or description, or switch it
 * off and on (`enabled: true` re-enables one the API disabled after failing deliveries).
 */
export async function updateWebhookEndpoint(
  id: string,
  body: UpdateWebhookEndpointRequest,
): Promise<WebhookEndpointResponse> {
  const response = await apiClient.patch<WebhookEndpointResponse>(
    `/webhook-endpoints/${encodeURIComponent(id)}`,
    body,
  );
  return response.data;
}

/** Saves a change and puts the endpoint as the API answers it in the cached list. */
export function useUpdateWebhookEndpoint(): UseMutationResult<
  WebhookEndpointResponse,
  Error,
  UpdateWebhookEndpointInput
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: ({ id, body }: UpdateWebhookEndpointInput) => updateWebhookEndpoint(id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData<WebhookEndpointsData>(
        webhookEndpointsQueryKey(organizationId),
        (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((page) => ({
                  ...page,
                  items: page.items.map((endpoint) =>
                    endpoint.id === updated.id ? updated : endpoint,
                  ),
                })),
              }
            : data,
      );
    },
  });
}
