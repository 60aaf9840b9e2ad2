import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { JobQueue, type EnqueueOptions } from './job-queue';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEFAULT_JOB_ATTEMPTS, QueueName } from './queue-name.constant';
import { withTraceCarrier } from '../telemetry/job-trace';

const CHECK_TIMEOUT_MS = 2_000;

/** Full mode: jobs go to Bull on Redis and a separate worker process runs them. */
@Injectable()
export class BullJobQueue extends JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.Webhooks) webhooks: Queue,
    @InjectQueue(QueueName.Default) defaultQueue: Queue,
    @InjectQueue(QueueName.Low) low: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.queues = { webhooks, default: defaultQueue, low };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  async enqueue<T extends object>(
    queue: QueueName,
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<void> {
    // The trace context travels with the payload, so the worker's span joins the producer's trace.
    await this.queues[queue].add(name, withTraceCarrier(data), {
      jobId: options.jobId,
      attempts: options.attempts ?? DEFAULT_JOB_ATTEMPTS,
      delay: options.delayMs,
      backoff: { type: 'exponential', delay: this.config.env.JOB_BACKOFF_MS },
      removeOnComplete: 1_000,
      removeOnFail: false,
    });
  }

  async repeat(queue: QueueName, name: string, everyMs: number): Promise<void> {
    const target = this.queues[queue];
    // Bull keys a repeatable job by name and interval: a changed interval would add a second
    // schedule beside the old one, so the old ones go first.
    for (const scheduled of await target.getRepeatableJobs()) {
      if (scheduled.name === name && Number(scheduled.every) !== everyMs)
        await target.removeRepeatableByKey(scheduled.key);
    }
    await target.add(
      name,
      {},
      { repeat: { every: everyMs }, jobId: name, removeOnComplete: true, removeOnFail: true },
    );
  }

  async check(): Promise<void> {
    const client = this.queues.default.client;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('Redis did not answer PING in time')),
        CHECK_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([client.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
