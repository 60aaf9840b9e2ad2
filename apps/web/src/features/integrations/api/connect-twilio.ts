import type { ConnectTwilioRequest, TwilioIntegrationResponse } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { twilioIntegrationQueryKey } from '@/features/integrations/api/get-twilio-integration';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/**
 * POST /integrations/twilio (admin): the API checks the Account SID and auth token with Twilio
 * before saving. 201 connected, 200 reconnected; 422 TWILIO_CREDENTIALS_INVALID, 409
 * INTEGRATION_ACCOUNT_IN_USE, 502 TWILIO_UNREACHABLE, 400 with field errors.
 */
export async function connectTwilio(
  body: ConnectTwilioRequest,
): Promise<TwilioIntegrationResponse> {
  const response = await apiClient.post<TwilioIntegrationResponse>('/integrations/twilio', body);
  return response.data;
}

/** Connects (or reconnects) Twilio and holds the answer as the integration's state. */
export function useConnectTwilio(): UseMutationResult<
  TwilioIntegrationResponse,
  Error,
  ConnectTwilioRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: connectTwilio,
    onSuccess: (integration) => {
      queryClient.setQueryData(twilioIntegrationQueryKey(organizationId), integration);
    },
  });
}
