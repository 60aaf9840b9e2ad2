import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

/**
 * GET /files/:id/content: the decrypted bytes. Fetched through the API client (bearer token and
 * X-Org-Id, like every tenant request) because the files API has no link that works without
 * them; the page then shows the bytes through an object URL.
 */
export async function getFileContent(fileId: string, signal?: AbortSignal): Promise<Blob> {
  const response = await apiClient.get<Blob>(`/files/${encodeURIComponent(fileId)}/content`, {
    responseType: 'blob',
    signal,
  });
  const data: unknown = response.data;
  return data instanceof Blob ? data : new Blob([String(data)]);
}

export function fileContentQueryKey(
  organizationId: string | null,
  fileId: string,
): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'files', fileId, 'content'];
}

export function getFileContentQueryOptions(
  organizationId: string | null,
  fileId: string,
): AppQueryOptions<Blob> {
  return queryOptions({
    queryKey: fileContentQueryKey(organizationId, fileId),
    queryFn: ({ signal }) => getFileContent(fileId, signal),
    // A stored file never changes: one download serves every later look while it is cached.
    staleTime: Infinity,
  });
}

/** A file's bytes, for media shown inline (images, audio, video). */
export function useFileContent(fileId: string): UseQueryResult<Blob> {
  return useQuery(getFileContentQueryOptions(useOrganizationId(), fileId));
}
