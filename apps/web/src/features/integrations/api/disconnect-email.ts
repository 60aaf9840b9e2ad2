import type { EmailIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { emailIntegrationQueryKey } from '@/features/integrations/api/get-email-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** DELETE /integrations/email (admin): 204; the passwords are forgotten. */
export async function disconnectEmail(): Promise<void> {
  await apiClient.delete('/integrations/email');
}

/** Disconnects, shows the integration as disconnected at once, then reloads it from the API. */
export function useDisconnectEmail(): UseMutationResult<void, Error, void> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const queryKey = emailIntegrationQueryKey(organizationId);
  return useMutation({
    mutationFn: disconnectEmail,
    onSuccess: () => {
      queryClient.setQueryData<EmailIntegrationResponse>(queryKey, (current) =>
        current
          ? { ...current, status: 'disconnected', connected_at: null, last_error: null }
          : current,
      );
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
