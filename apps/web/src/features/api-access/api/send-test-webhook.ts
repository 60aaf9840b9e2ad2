import type { WebhookDeliveryResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import {
  webhookDeliveriesQueryKey,
  type WebhookDeliveriesData,
} from '@/features/api-access/api/get-webhook-deliveries';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** POST /webhook-endpoints/:id/test (admin): 202 with a pending `webhook.test` delivery. */
export async function sendTestWebhook(endpointId: string): Promise<WebhookDeliveryResponse> {
  const response = await apiClient.post<WebhookDeliveryResponse>(
    `/webhook-endpoints/${encodeURIComponent(endpointId)}/test`,
  );
  return response.data;
}

/** Sends a test event and puts its delivery first in the endpoint's cached log. */
export function useSendTestWebhook(): UseMutationResult<WebhookDeliveryResponse, Error, string> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: sendTestWebhook,
    onSuccess: (delivery, endpointId) => {
      queryClient.setQueryData<WebhookDeliveriesData>(
        webhookDeliveriesQueryKey(organizationId, endpointId),
        (data) =>
          data
            ? {
                ...data,
                pages: data.pages.map((page, index) =>
                  index === 0 && !page.items.some((item) => item.id === delivery.id)
                    ? { ...page, items: [delivery, ...page.items] }
                    : page,
                ),
              }
            : data,
      );
    },
  });
}
