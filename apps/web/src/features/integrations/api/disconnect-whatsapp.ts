import type { WhatsAppIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { whatsAppIntegrationQueryKey } from '@/features/integrations/api/get-whatsapp-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /integrations/whatsapp (admin): 204; the stored credentials are dropped. */
export async function disconnectWhatsApp(): Promise<void> {
  await apiClient.delete('/integrations/whatsapp');
}

/** Disconnects, shows the integration as disconnected at once, then reloads it from the API. */
export function useDisconnectWhatsApp(): UseMutationResult<void, Error, void> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const queryKey = whatsAppIntegrationQueryKey(organizationId);
  return useMutation({
    mutationFn: disconnectWhatsApp,
    onSuccess: () => {
      queryClient.setQueryData<WhatsAppIntegrationResponse>(queryKey, (current) =>
        current
          ? {
              ...current,
              status: 'disconnected',
              phone_number_id: null,
              waba_id: null,
              display_phone_number: null,
              verified_name: null,
              connected_at: null,
              last_error: null,
            }
          : current,
      );
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
