import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A stored file as the API answers it. Kept here until the wire contract moves to
 * libs/shared (files/file.type.ts), which this module does not own yet.
 */
export type FileResponse = {
  id: string;
  organization_id: string;
  filename: string;
  original_filename: string | null;
  content_type: string;
  size_bytes: number;
  sha256: string;
  communication_id: string | null;
  lead_id: string | null;
  uploaded_by_user_id: string | null;
  content_url: string;
  created_at: string;
};

export class FileDto implements FileResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ description: 'Sanitised name, used for downloads' }) filename: string;
  @ApiProperty({ type: String, nullable: true, description: 'The name as uploaded' })
  original_filename: string | null;
  @ApiProperty({ description: 'Sniffed from the bytes, not taken from the client' })
  content_type: string;
  @ApiProperty() size_bytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) communication_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) lead_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  uploaded_by_user_id: string | null;
  @ApiProperty({ example: '/api/v1/files/0b6e…/content' }) content_url: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

/** The multipart form of `POST /files` (documentation only: the body is streamed). */
export class UploadFileDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file; comes last' })
  file: unknown;
  @ApiPropertyOptional({ format: 'uuid', description: 'Attach to this lead (before `file`)' })
  lead_id?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Attach to this communication (before `file`)',
  })
  communication_id?: string;
}
