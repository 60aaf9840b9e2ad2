import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { FileResponse } from './dto/file.dto';
import { FileAttachmentEntity } from './file-attachment.entity';
import { FileIngestService } from './file-ingest.service';
import { FilePurgeService } from './file-purge.service';
import { FileException } from './file.exception';
import { toFileResponse } from './file.mapper';
import type { MultipartUpload } from './utils/multipart-upload.util';

const LINK_FIELDS = ['lead_id', 'communication_id'] as const;

/**
 * Files of the current organisation: upload, metadata, deletion. Deleting a row is enough:
 * the database trigger queues its object in `file_deletions`, and the purge job removes it
 * from storage after commit.
 */
@Injectable()
export class FilesService {
  constructor(
    private readonly ingest: FileIngestService,
    private readonly purge: FilePurgeService,
    @InjectTenantRepository(FileAttachmentEntity)
    private readonly files: TenantScopedRepository<FileAttachmentEntity>,
  ) {}

  get maxBytes(): number {
    return this.ingest.maxBytes;
  }

  async upload(upload: MultipartUpload): Promise<FileResponse> {
    for (const field of LINK_FIELDS) {
      const value = upload.fields[field];
      if (value !== undefined && !isUUID(value)) {
        upload.stream.resume();
        throw FileException.invalidLink(field);
      }
    }
    return this.ingest.storeStream({
      source: upload.stream,
      filename: upload.filename,
      declaredContentType: upload.mimetype,
      leadId: upload.fields.lead_id ?? null,
      communicationId: upload.fields.communication_id ?? null,
    });
  }

  async get(id: string): Promise<FileResponse> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw FileException.notFound();
    return toFileResponse(file);
  }

  async remove(id: string): Promise<void> {
    if ((await this.files.delete({ id })) === 0) throw FileException.notFound();
    this.purge.schedulePurge();
  }

  /**
   * Removes a lead's files, in the caller's transaction (rows now, objects after commit). The
   * database cascade does the same when the lead row goes; calling this first only makes the
   * storage cleanup immediate instead of at the next sweep.
   */
  async removeForLead(leadId: string): Promise<number> {
    const removed = await this.files.delete({ leadId });
    if (removed > 0) this.purge.schedulePurge();
    return removed;
  }

  /** As `removeForLead`, for the files attached to one communication. */
  async removeForCommunication(communicationId: string): Promise<number> {
    const removed = await this.files.delete({ communicationId });
    if (removed > 0) this.purge.schedulePurge();
    return removed;
  }
}
