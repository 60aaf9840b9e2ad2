import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { UploadedFile } from '@/features/whatsapp/types/uploaded-file';
import { apiClient } from '@/lib/api-client';

export type UploadFileInput = { leadId: string; file: File };

/**
 * POST /files (multipart): stores the file linked to the lead; its id is then sent as
 * `file_id`. The link field goes before the file, as the API reads the form in order.
 */
export async function uploadFile({ leadId, file }: UploadFileInput): Promise<UploadedFile> {
  const form = new FormData();
  form.append('lead_id', leadId);
  form.append('file', file, file.name);
  const response = await apiClient.post<UploadedFile>('/files', form);
  return response.data;
}

export function useUploadFile(): UseMutationResult<UploadedFile, Error, UploadFileInput> {
  return useMutation({ mutationFn: uploadFile });
}
