import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { FilePurgeService } from './file-purge.service';
import { FILE_PURGE_JOB, type FilePurgeJobData } from './jobs/file-purge.job-data';

const SWEEP_EVERY_MS = 5 * 60 * 1000;
const FIRST_SWEEP_AFTER_MS = 30 * 1000;

/**
 * Catches what no request scheduled: files removed by a cascade (a deleted lead or
 * communication), and purges that failed while storage was down. Every few minutes it asks
 * which organisations have outbox rows and queues a purge for each; the job id is per time
 * slot, so several API processes sweeping at once queue one job.
 */
@Injectable()
export class FileDeletionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FileDeletionSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly purge: FilePurgeService,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const tick = (delay: number): void => {
      this.timer = setTimeout(() => {
        this.sweep()
          .catch((error: unknown) => this.logger.warn(`file sweep failed: ${String(error)}`))
          .finally(() => tick(SWEEP_EVERY_MS));
      }, delay);
      this.timer.unref();
    };
    tick(FIRST_SWEEP_AFTER_MS);
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** Queues a purge for every organisation with pending deletions; returns how many. */
  async sweep(): Promise<number> {
    const organizations = await this.purge.organizationsWithPendingDeletions();
    const slot = Math.floor(Date.now() / SWEEP_EVERY_MS);
    for (const organizationId of organizations) {
      const data: FilePurgeJobData = { organizationId };
      await this.queue.enqueue(QueueName.Low, FILE_PURGE_JOB, data, {
        jobId: `${FILE_PURGE_JOB}:${organizationId}:${slot}`,
      });
    }
    return organizations.length;
  }
}
