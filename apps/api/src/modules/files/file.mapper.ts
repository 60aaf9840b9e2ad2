import { API_PREFIX } from '../../core/http/configure-http';
import type { FileResponse } from './dto/file.dto';
import type { FileAttachmentEntity } from './file-attachment.entity';

export function toFileResponse(file: FileAttachmentEntity): FileResponse {
  return {
    id: file.id,
    organization_id: file.organizationId,
    filename: file.filename,
    original_filename: file.originalFilename,
    content_type: file.contentType,
    size_bytes: file.fileSize,
    sha256: file.sha256,
    communication_id: file.communicationId,
    lead_id: file.leadId,
    uploaded_by_user_id: file.uploadedByUserId,
    content_url: `/${API_PREFIX}/files/${file.id}/content`,
    created_at: file.createdAt.toISOString(),
  };
}
