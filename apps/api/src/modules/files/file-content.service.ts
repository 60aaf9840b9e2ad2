import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { FileEncryption, UnknownFileKeyError } from '../../core/crypto/file-encryption';
import { IntegrityError, sealedRangeFor } from '../../core/crypto/segmented-aead';
import { FileStorage, StoredObjectMissingError } from '../../core/storage/file-storage';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { FileAttachmentEntity } from './file-attachment.entity';
import { FileException } from './file.exception';
import { contentDisposition } from './utils/filename.util';
import { parseRange, rangeStillValid } from './utils/http-range.util';
import { afterFirstChunk } from './utils/verified-stream.util';

export type FileContentRequest = { range?: string; ifRange?: string };

export type FileContent = {
  status: 200 | 206;
  headers: Record<string, string>;
  body: Readable;
};

/** Types a browser may show in place; anything else downloads (it could be active content). */
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp|bmp|heic)|audio\/|video\/)/;

/** Reads a file back: tenant check, Range, decryption that authenticates every segment. */
@Injectable()
export class FileContentService {
  private readonly logger = new Logger(FileContentService.name);

  constructor(
    private readonly storage: FileStorage,
    private readonly encryption: FileEncryption,
    @InjectTenantRepository(FileAttachmentEntity)
    private readonly files: TenantScopedRepository<FileAttachmentEntity>,
  ) {}

  async open(id: string, request: FileContentRequest): Promise<FileContent> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw FileException.notFound();
    const size = file.fileSize;
    const etag = `"${file.sha256}"`;
    const wanted = rangeStillValid(request.ifRange, etag)
      ? parseRange(request.range, size)
      : { kind: 'full' as const };
    if (wanted.kind === 'unsatisfiable') throw FileException.rangeNotSatisfiable(size);
    // An empty file still has its one (empty) sealed segment, checked like any other.
    const range =
      wanted.kind === 'partial' ? wanted.range : { start: 0, end: Math.max(size - 1, 0) };
    const length = size === 0 ? 0 : range.end - range.start + 1;

    const body = await this.decrypted(file, range);
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      'content-length': String(length),
      'content-disposition': contentDisposition(
        INLINE_TYPES.test(file.contentType) ? 'inline' : 'attachment',
        file.filename,
      ),
      'accept-ranges': 'bytes',
      etag,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (wanted.kind === 'partial') {
      headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
      return { status: 206, headers, body };
    }
    return { status: 200, headers, body };
  }

  private async decrypted(
    file: FileAttachmentEntity,
    range: { start: number; end: number },
  ): Promise<Readable> {
    try {
      if (file.storageDriver !== this.storage.driver) {
        throw new Error(
          `stored with the ${file.storageDriver} driver, serving ${this.storage.driver}`,
        );
      }
      const stored = await this.storage.read(
        file.storagePath,
        sealedRangeFor(file.fileSize, range),
      );
      const decrypt = this.encryption.decrypt(
        { keyId: file.keyId, iv: file.encryptionIv },
        file.fileSize,
        range,
      );
      const plain = pipeline(stored, decrypt, (error) => {
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          this.logger.error(`file ${file.id}: download failed mid-stream: ${error.message}`);
        }
      });
      return await afterFirstChunk(plain);
    } catch (error) {
      this.logger.error(
        `file ${file.id}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (error instanceof IntegrityError) throw FileException.integrityFailed();
      if (error instanceof StoredObjectMissingError || error instanceof UnknownFileKeyError) {
        throw FileException.contentUnavailable();
      }
      throw error;
    }
  }
}
