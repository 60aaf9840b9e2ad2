import type { LeadImportResult } from '@loved/shared';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { leadListRootKey } from '@/features/lead-list/api/get-lead-list';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';

/** The form field `POST /leads/import` reads the CSV from. */
const IMPORT_FILE_FIELD = 'file';

/**
 * POST /leads/import (multipart): creates a lead per good row; bad rows and duplicates come
 * back in the report, never abort the rest. A file that cannot be read at all is a 4xx.
 */
export async function importLeads(file: File): Promise<LeadImportResult> {
  const form = new FormData();
  form.append(IMPORT_FILE_FIELD, file, file.name);
  const response = await apiClient.post<LeadImportResult>('/leads/import', form);
  return response.data;
}

/** Imports a CSV, then reads the list again to show the new leads. */
export function useImportLeads(): UseMutationResult<LeadImportResult, Error, File> {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: importLeads,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadListRootKey(organizationId) }),
  });
}
