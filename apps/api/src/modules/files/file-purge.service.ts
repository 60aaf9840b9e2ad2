import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { FileStorage } from '../../core/storage/file-storage';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import { FileDeletionEntity } from './file-deletion.entity';
import { FILE_PURGE_JOB, type FilePurgeJobData } from './jobs/file-purge.job-data';

const BATCH = 100;

/**
 * Empties the outbox of deleted files: removes each object from storage, then its outbox
 * row. Rows are locked with SKIP LOCKED, so several workers or sweeps never fight over one.
 */
@Injectable()
export class FilePurgeService {
  private readonly logger = new Logger(FilePurgeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantContextService,
    private readonly storage: FileStorage,
    private readonly queue: JobQueue,
    @InjectTenantRepository(FileDeletionEntity)
    private readonly deletions: TenantScopedRepository<FileDeletionEntity>,
  ) {}

  /** Asks a worker to purge the current organisation once this transaction has committed. */
  schedulePurge(): void {
    const data: FilePurgeJobData = { organizationId: this.tenant.organizationId };
    this.tenant.afterCommit(() => {
      this.queue.enqueue(QueueName.Low, FILE_PURGE_JOB, data).catch((error: unknown) => {
        // The sweeper finds the outbox rows later; nothing is lost.
        this.logger.warn(`could not enqueue a file purge: ${String(error)}`);
      });
    });
  }

  /** Purges one batch of the current organisation's outbox; returns how many were removed. */
  async purgeBatch(): Promise<number> {
    const pending = await this.deletions
      .createQueryBuilder('deletion')
      .orderBy('deletion.created_at', 'ASC')
      .limit(BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    const done: string[] = [];
    for (const deletion of pending) {
      if (deletion.storageDriver !== this.storage.driver) continue;
      await this.storage.remove(deletion.storagePath);
      done.push(deletion.id);
    }
    for (const id of done) await this.deletions.delete({ id });
    return done.length;
  }

  /** Organisations with objects waiting (the sweeper's one cross-tenant read, ids only). */
  async organizationsWithPendingDeletions(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM app_file_deletion_organizations() AS id',
    );
    return rows.map((row) => row.id);
  }
}
