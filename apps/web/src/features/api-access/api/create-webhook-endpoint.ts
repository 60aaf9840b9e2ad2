import type {
  CreateWebhookEndpointRequest,
  CreatedWebhookEndpointResponse,
  WebhookEndpointResponse,
} from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  webhookEndpointsQueryKey,
  type WebhookEndpointsData,
} from '@/features/api-access/api/get-webhook-endpoints';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /webhook-endpoints (admin): 201 with the signing `secret` (`whsec_…`), shown only this
 * once; 422 WEBHOOK_URL_NOT_ALLOWED for an address the API will not call, 400 with field errors.
 */
export async function createWebhookEndpoint(
  body: CreateWebhookEndpointRequest,
): Promise<CreatedWebhookEndpointResponse> {
  const response = await apiClient.post<CreatedWebhookEndpointResponse>('/webhook-endpoints', body);
  return response.data;
}

/** Creates an endpoint and puts it first in the cached list, without its secret. */
export function useCreateWebhookEndpoint(): UseMutationResult<
  CreatedWebhookEndpointResponse,
  Error,
  CreateWebhookEndpointRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: createWebhookEndpoint,
    onSuccess: ({ secret: _secret, ...endpoint }) => {
      const listed: WebhookEndpointResponse = endpoint;
      queryClient.setQueryData<WebhookEndpointsData>(
        webhookEndpointsQueryKey(organizationId),
        (data) =>
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
