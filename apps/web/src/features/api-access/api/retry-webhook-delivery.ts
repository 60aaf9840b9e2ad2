import type { WebhookDeliveryResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  webhookDeliveriesQueryKey,
  type WebhookDeliveriesData,
} from '@/features/api-access/api/get-webhook-deliveries';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

export type RetryWebhookDeliveryInput = { endpointId: string; deliveryId: string };

/** POST /webhook-endpoints/:id/deliveries/:deliveryId/retry (admin): 202, sent again soon. */
export async function retryWebhookDelivery({
  endpointId,
  deliveryId,
}: RetryWebhookDeliveryInput): Promise<WebhookDeliveryResponse> {
  const response = await apiClient.post<WebhookDeliveryResponse>(
    `/webhook-endpoints/${encodeURIComponent(endpointId)}/deliveries/${encodeURIComponent(deliveryId)}/retry`,
  );
  return response.data;
}

/** Queues a delivery again and shows it as the API answers (pending); a refusal reloads the log. */
export function useRetryWebhookDelivery(): UseMutationResult<
  WebhookDeliveryResponse,
  Error,
  RetryWebhookDeliveryInput
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: retryWebhookDelivery,
    onSuccess: (delivery, { endpointId }) => {
      queryClient.setQueryData<WebhookDeliveriesData>(
        webhookDeliveriesQueryKey(organizationId, endpointId),
        (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((page) => ({
                  ...page,
                  items: page.items.map((item) => (item.id === delivery.id ? delivery : item)),
                })),
              }
            : data,
      );
    },
    onError: (_failure, { endpointId }) =>
      queryClient.invalidateQueries({
        queryKey: webhookDeliveriesQueryKey(organizationId, endpointId),
      }),
  });
}
