import type { TwilioIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { twilioIntegrationQueryKey } from '@/features/integrations/api/get-twilio-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /integrations/twilio (admin): 204; the auth token is forgotten. */
export async function disconnectTwilio(): Promise<void> {
  await apiClient.delete('/integrations/twilio');
}

/** Disconnects, shows the integration as disconnected at once, then reloads it from the API. */
export function useDisconnectTwilio(): UseMutationResult<void, Error, void> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const queryKey = twilioIntegrationQueryKey(organizationId);
  return useMutation({
    mutationFn: disconnectTwilio,
    onSuccess: () => {
      queryClient.setQueryData<TwilioIntegrationResponse>(queryKey, (current) =>
        current
          ? {
              ...current,
              status: 'disconnected',
              account_sid: null,
              friendly_name: null,
              connected_at: null,
              last_error: null,
            }
          : current,
      );
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
