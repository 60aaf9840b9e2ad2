import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { resolveFileKeys } from '../../core/config/file-encryption-keys';
import { FileEncryption } from '../../core/crypto/file-encryption';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { FileAttachmentEntity } from './file-attachment.entity';
import { FileContentService } from './file-content.service';
import { FileDeletionEntity } from './file-deletion.entity';
import { FileDeletionSweeper } from './file-deletion-sweeper.service';
import { FileIngestService } from './file-ingest.service';
import { FilePurgeService } from './file-purge.service';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { FilePurgeJob } from './jobs/file-purge.job';

/**
 * Stored files. Exports `FilesService` (removal by lead or communication) and
 * `FileIngestService` (store from a stream or URL, for WhatsApp media and Twilio recordings).
 */
@Module({
  controllers: [FilesController],
  providers: [
    FilesService,
    FileIngestService,
    FileContentService,
    FilePurgeService,
    FilePurgeJob,
    FileDeletionSweeper,
    {
      provide: FileEncryption,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FileEncryption(resolveFileKeys(config)),
    },
    provideTenantRepository(FileAttachmentEntity),
    provideTenantRepository(FileDeletionEntity),
  ],
  exports: [FilesService, FileIngestService, FileContentService],
})
export class FilesModule {}
