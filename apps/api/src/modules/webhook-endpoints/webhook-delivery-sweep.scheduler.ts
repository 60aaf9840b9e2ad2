import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { WEBHOOK_DELIVERY_PURGE_JOB } from './jobs/webhook-delivery-purge.job';
import { WEBHOOK_DELIVERY_SWEEP_JOB } from './jobs/webhook-delivery-sweep.job';

/** Often enough that a retry is at most this late; cheap (one indexed query) when idle. */
export const WEBHOOK_SWEEP_EVERY_MS = 15_000;
/** Retention is counted in days: an hourly purge keeps each batch small. */
export const WEBHOOK_PURGE_EVERY_MS = 60 * 60 * 1_000;

/**
 * Schedules the outbound webhook sweep and the purge of finished deliveries. Every process schedules it, like the reminders; Bull
 * keeps one repeatable job per name and interval (in embedded mode the API runs it itself).
 */
@Injectable()
export class WebhookDeliverySweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookDeliverySweepScheduler.name);

  constructor(private readonly queue: JobQueue) {}

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away the process still boots, and the command waits for Redis.
    this.queue
      .repeat(QueueName.Default, WEBHOOK_DELIVERY_SWEEP_JOB, WEBHOOK_SWEEP_EVERY_MS)
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'webhook delivery sweep not scheduled');
      });
    this.queue
      .repeat(QueueName.Default, WEBHOOK_DELIVERY_PURGE_JOB, WEBHOOK_PURGE_EVERY_MS)
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'webhook delivery purge not scheduled');
      });
  }
}
