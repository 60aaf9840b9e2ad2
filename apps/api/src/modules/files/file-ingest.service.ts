import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { FileEncryption } from '../../core/crypto/file-encryption';
import { FileStorage } from '../../core/storage/file-storage';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { FileResponse } from './dto/file.dto';
import { FileAttachmentEntity } from './file-attachment.entity';
import { FileException } from './file.exception';
import { toFileResponse } from './file.mapper';
import { sniffContentType, SNIFF_BYTES } from './utils/content-sniffer.util';
import { sanitizeFilename } from './utils/filename.util';
import { createUploadMeter, FileTooLargeError } from './utils/upload-meter.util';

/** What another module hands over to be stored (WhatsApp media, Twilio recordings, uploads). */
export type StoreFileInput = {
  source: Readable;
  filename?: string;
  /** The sender's claim; only used to name a subtype of what the bytes prove. */
  declaredContentType?: string;
  communicationId?: string | null;
  leadId?: string | null;
  metadata?: Record<string, unknown>;
  /** Defaults to MAX_FILE_SIZE_MB. */
  maxBytes?: number;
  /** Turns an error of `source` (not of the store) into the error the caller should see. */
  mapSourceError?: (error: unknown) => unknown;
};

export type FetchFileInput = Omit<StoreFileInput, 'source' | 'mapSourceError'> & {
  url: string;
  /** E.g. the provider's bearer token; never logged. */
  headers?: Record<string, string>;
  /** Whole transfer, headers and body. Default 60 s. */
  timeoutMs?: number;
};

const DEFAULT_FETCH_TIMEOUT_MS = 60_000;
const FOREIGN_KEY_VIOLATION = '23503';

const isForeignKeyViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string } | undefined)?.code === FOREIGN_KEY_VIOLATION;

/**
 * Stores bytes for the current organisation: streams them through the size limit, SHA-256 and
 * sniffing, then encryption, into the store, and records the row. Nothing is held whole in
 * memory, and a failure (too large, source cut, link not found) leaves no object and no row.
 */
@Injectable()
export class FileIngestService {
  private readonly logger = new Logger(FileIngestService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenant: TenantContextService,
    private readonly storage: FileStorage,
    private readonly encryption: FileEncryption,
    @InjectTenantRepository(FileAttachmentEntity)
    private readonly files: TenantScopedRepository<FileAttachmentEntity>,
  ) {}

  /** MAX_FILE_SIZE_MB in bytes. */
  get maxBytes(): number {
    return this.config.env.MAX_FILE_SIZE_MB * 1024 * 1024;
  }

  async storeStream(input: StoreFileInput): Promise<FileResponse> {
    const organizationId = this.tenant.organizationId;
    const id = randomUUID();
    const key = `files/${organizationId}/${id}`;
    const maxBytes = input.maxBytes ?? this.maxBytes;
    const meter = createUploadMeter(maxBytes);
    const sealing = this.encryption.encrypt();
    let sourceError: unknown;
    input.source.once('error', (error: unknown) => (sourceError = error));

    // The callback form returns the last stream and destroys every stage on an error, so the
    // store's write sees the failure before it commits the object.
    const sealed = pipeline(input.source, meter.stream, sealing.stream, () => undefined);
    try {
      await this.storage.write(key, sealed);
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      if (error instanceof FileTooLargeError) throw FileException.tooLarge(maxBytes);
      if (sourceError !== undefined) {
        throw input.mapSourceError?.(sourceError) ?? FileException.malformedUpload();
      }
      throw error;
    }

    const summary = meter.summary();
    const row = this.files.create({
      id,
      communicationId: input.communicationId ?? null,
      leadId: input.leadId ?? null,
      filename: sanitizeFilename(input.filename),
      originalFilename: input.filename ? input.filename.replace(/\0/g, '').slice(0, 500) : null,
      fileSize: summary.size,
      contentType: sniffContentType(summary.head, {
        complete: summary.size <= SNIFF_BYTES,
        declared: input.declaredContentType,
      }),
      storagePath: key,
      storageDriver: this.storage.driver,
      isEncrypted: true,
      keyId: sealing.keyId,
      encryptionIv: sealing.iv,
      sha256: summary.sha256,
      metadata: input.metadata ?? {},
      uploadedByUserId: this.tenant.userId ?? null,
    });
    try {
      return toFileResponse(await this.files.save(row));
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      // The composite foreign key includes organization_id: another organisation's lead or
      // communication is "not found" exactly like one that does not exist.
      if (isForeignKeyViolation(error)) throw FileException.linkNotFound();
      throw error;
    }
  }

  /** Downloads `url` (a provider's media link) into storage, within the size limit and timeout. */
  async storeFromUrl(input: FetchFileInput): Promise<FileResponse> {
    const { url, headers, timeoutMs, ...rest } = input;
    const maxBytes = rest.maxBytes ?? this.maxBytes;
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw FileException.sourceFailed('only http and https links can be fetched');
    }
    const signal = AbortSignal.timeout(timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
    const failure = (error: unknown): FileException => {
      if (signal.aborted) return FileException.sourceTimeout();
      this.logger.warn(`fetching ${parsed.host} failed: ${String(error)}`);
      return FileException.sourceFailed('the connection failed');
    };
    let response: Response;
    try {
      response = await fetch(parsed, { headers, signal, redirect: 'follow' });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw FileException.sourceFailed(`the server answered ${response.status}`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw FileException.tooLarge(maxBytes);
    }
    return this.storeStream({
      ...rest,
      maxBytes,
      declaredContentType:
        rest.declaredContentType ?? response.headers.get('content-type') ?? undefined,
      source: Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>),
      mapSourceError: failure,
    });
  }
}
