/**
 * What `POST /files` answers that this feature uses. The files API keeps its full response
 * type to itself until it moves to libs/shared.
 */
export type UploadedFile = {
  id: string;
  filename: string;
  original_filename: string | null;
  content_type: string;
  size_bytes: number;
};
