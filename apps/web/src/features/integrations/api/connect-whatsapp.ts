import type { ConnectWhatsAppRequest, WhatsAppIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { whatsAppIntegrationQueryKey } from '@/features/integrations/api/get-whatsapp-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /integrations/whatsapp (admin): the API checks the credentials with Meta before saving.
 * 422 WHATSAPP_TOKEN_INVALID / WHATSAPP_PHONE_NUMBER_NOT_FOUND, 502 WHATSAPP_UNREACHABLE, 400
 * with field errors.
 */
export async function connectWhatsApp(
  body: ConnectWhatsAppRequest,
): Promise<WhatsAppIntegrationResponse> {
  const response = await apiClient.post<WhatsAppIntegrationResponse>(
    '/integrations/whatsapp',
    body,
  );
  return response.data;
}

/** Connects (or reconnects) WhatsApp and holds the answer as the integration's state. */
export function useConnectWhatsApp(): UseMutationResult<
  WhatsAppIntegrationResponse,
  Error,
  ConnectWhatsAppRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: connectWhatsApp,
    onSuccess: (integration) => {
      queryClient.setQueryData(whatsAppIntegrationQueryKey(organizationId), integration);
    },
  });
}
