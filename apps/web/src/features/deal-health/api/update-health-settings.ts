import type { StageHealthSettingsResponse, UpdateStageHealthSettingsRequest } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { healthSettingsQueryKey } from '@/features/deal-health/api/get-health-settings';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** PUT /pipeline/health-settings (admin): the thresholds of the stages sent. */
export async function updateHealthSettings(
  body: UpdateStageHealthSettingsRequest,
): Promise<StageHealthSettingsResponse> {
  const response = await apiClient.put<StageHealthSettingsResponse>(
    '/pipeline/health-settings',
    body,
  );
  return response.data;
}

/** Saves the thresholds and keeps what the server answered as the cached settings. */
export function useUpdateHealthSettings(): UseMutationResult<
  StageHealthSettingsResponse,
  Error,
  UpdateStageHealthSettingsRequest
> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: updateHealthSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(healthSettingsQueryKey(organizationId), settings);
    },
  });
}
