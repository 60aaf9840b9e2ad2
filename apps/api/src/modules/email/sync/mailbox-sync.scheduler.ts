import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntegrationProvider } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import { repeatEvery } from '../../../core/scheduling/repeat-every';
import { JobQueue } from '../../../core/queue/job-queue';
import { QueueName } from '../../../core/queue/queue-name.constant';
import { MAILBOX_SYNC_JOB, type MailboxSyncJobData } from './mailbox-sync.job';

/**
 * Every EMAIL_SYNC_INTERVAL_MS, queues a sync of each connected mailbox. The job id names the
 * organisation and the interval, so several processes scheduling at once queue it once.
 */
@Injectable()
export class MailboxSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailboxSyncScheduler.name);
  private stop?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  private get intervalMs(): number {
    return this.config.env.EMAIL_SYNC_INTERVAL_MS;
  }

  onApplicationBootstrap(): void {
    this.stop = repeatEvery(
      this.intervalMs,
      () => this.schedule(),
      (error) => this.logger.warn({ err: error }, 'mailbox sync not queued'),
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

  /** Queues one sync per connected mailbox; returns how many. */
  async schedule(): Promise<number> {
    const rows = await this.dataSource.query<Array<{ organization_id: string }>>(
      'SELECT organization_id FROM app_active_integration_orgs($1)',
      [IntegrationProvider.Email],
    );
    const slot = Math.floor(Date.now() / this.intervalMs);
    for (const { organization_id: organizationId } of rows) {
      await this.queue.enqueue<MailboxSyncJobData>(
        QueueName.Default,
        MAILBOX_SYNC_JOB,
        { organizationId },
        { jobId: `email-sync:${organizationId}:${slot}`, attempts: 1 },
      );
    }
    return rows.length;
  }
}
