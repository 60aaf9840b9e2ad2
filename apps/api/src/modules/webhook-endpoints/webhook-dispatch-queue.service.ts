import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../../core/queue/job-queue';
import { QueueName } from '../../core/queue/queue-name.constant';
import { WEBHOOK_DISPATCH_JOB, type WebhookDispatchJobData } from './jobs/webhook-dispatch.job';

const ENQUEUE_TIMEOUT_MS = 2_000;

/** Asks a worker to dispatch an endpoint's deliveries now; never throws. */
@Injectable()
export class WebhookDispatchQueue {
  private readonly logger = new Logger(WebhookDispatchQueue.name);

  constructor(private readonly queue: JobQueue) {}

  /** False when the queue could not take it: the deliveries are stored, the sweeper sends them. */
  async enqueue(data: WebhookDispatchJobData): Promise<boolean> {
    try {
      // One attempt: a failed dispatch leaves its deliveries pending for the sweeper anyway.
      await this.queue.enqueueWithin(
        ENQUEUE_TIMEOUT_MS,
        QueueName.Default,
        WEBHOOK_DISPATCH_JOB,
        data,
        { attempts: 1 },
      );
      return true;
    } catch (error) {
      this.logger.warn(
        { orgId: data.organizationId, endpointId: data.endpointId, err: error },
        'webhook dispatch not queued; the sweeper will send the deliveries',
      );
      return false;
    }
  }
}
