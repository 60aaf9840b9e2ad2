import type { ConnectEmailRequest, EmailIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { emailIntegrationQueryKey } from '@/features/integrations/api/get-email-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /integrations/email (admin): the API logs in to IMAP and SMTP before saving. 201
 * connected, 200 reconnected; 422 EMAIL_IMAP_LOGIN_FAILED / EMAIL_SMTP_LOGIN_FAILED, 409
 * INTEGRATION_ACCOUNT_IN_USE, 400 with field errors (`imap.host`, `smtp.port`…).
 */
export async function connectEmail(body: ConnectEmailRequest): Promise<EmailIntegrationResponse> {
  const response = await apiClient.post<EmailIntegrationResponse>('/integrations/email', body);
  return response.data;
}

/** Connects (or reconnects) the mailbox and holds the answer as the integration's state. */
export function useConnectEmail(): UseMutationResult<
  EmailIntegrationResponse,
  Error,
  ConnectEmailRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: connectEmail,
    onSuccess: (integration) => {
      queryClient.setQueryData(emailIntegrationQueryKey(organizationId), integration);
    },
  });
}
