import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import { apiClient } from '@/lib/api-client';

/**
 * GET /leads/export.csv: the leads as a `;`-separated, Excel-friendly CSV. Fetched through the
 * API client (bearer token and X-Org-Id, which a plain link cannot send), with the list's
 * filters as query parameters.
 */
export async function exportLeads(query: LeadListQuery): Promise<Blob> {
  // The order is the list's, not the file's: only the filters go along.
  const filters: LeadListQuery = { ...query, sort: undefined };
  const response = await apiClient.get<Blob>('/leads/export.csv', {
    params: filters,
    responseType: 'blob',
    headers: { Accept: 'text/csv, application/problem+json' },
  });
  const data: unknown = response.data;
  return data instanceof Blob ? data : new Blob([String(data)], { type: 'text/csv' });
}

export function useExportLeads(): UseMutationResult<Blob, Error, LeadListQuery> {
  return useMutation({ mutationFn: exportLeads });
}
