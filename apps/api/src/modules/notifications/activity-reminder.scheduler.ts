import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { ACTIVITY_REMINDER_JOB } from './jobs/activity-reminder.job';

/**
 * Schedules the reminder tick every ACTIVITY_REMINDER_INTERVAL_MS. Every process schedules it,
 * like the other periodic work; Bull keeps one repeatable job per name and interval, so the
 * workers run one tick per interval between them (in embedded mode the API runs it itself).
 */
@Injectable()
export class ActivityReminderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ActivityReminderScheduler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    const everyMs = this.config.env.ACTIVITY_REMINDER_INTERVAL_MS;
    // Not awaited: with Redis away the process still boots, and the command waits for Redis.
    this.queue.repeat(QueueName.Default, ACTIVITY_REMINDER_JOB, everyMs).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'activity reminders not scheduled');
    });
  }
}
