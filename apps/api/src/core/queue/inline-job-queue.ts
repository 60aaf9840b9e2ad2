import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { repeatEvery } from '../scheduling/repeat-every';
import { DEFAULT_JOB_ATTEMPTS, type QueueName } from './queue-name.constant';
import { JobQueue, type EnqueueOptions } from './job-queue';
import { JobRegistryService } from './job-registry.service';
import { QueueMetrics } from './queue.metrics';
import { runInJobSpan, withTraceCarrier } from '../telemetry/job-trace';

const REMEMBERED_JOB_IDS = 1_000;

/**
 * Embedded mode: jobs run in this process soon after they are enqueued, with the same
 * retries and exponential backoff as Bull. Nothing survives a restart here, which is why
 * inbound events are stored before they are enqueued.
 */
@Injectable()
export class InlineJobQueue extends JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(InlineJobQueue.name);
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Recent job ids, so a repeated id is one job; bounded like Bull's kept completed jobs. */
  private readonly seen = new Set<string>();
  /** What stops each repeating job, by queue and name (scheduling one twice keeps one timer). */
  private readonly repeating = new Map<string, () => void>();

  constructor(
    private readonly registry: JobRegistryService,
    private readonly cls: ClsService,
    private readonly metrics: QueueMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async enqueue<T extends object>(
    queue: QueueName,
    name: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<void> {
    if (options.jobId) {
      if (this.seen.has(options.jobId)) return;
      this.seen.add(options.jobId);
      if (this.seen.size > REMEMBERED_JOB_IDS)
        this.seen.delete(this.seen.values().next().value as string);
    }
    this.schedule(
      queue,
      name,
      // Like Bull's: the job's span joins the trace that enqueued it, across retries too.
      withTraceCarrier(data),
      options.jobId ?? randomUUID(),
      1,
      options.attempts ?? DEFAULT_JOB_ATTEMPTS,
      options.delayMs ?? 0,
    );
  }

  async repeat(queue: QueueName, name: string, everyMs: number): Promise<void> {
    const key = `${queue}:${name}`;
    this.repeating.get(key)?.();
    this.repeating.set(
      key,
      repeatEvery(
        everyMs,
        () => this.dispatch(queue, name, {}, randomUUID()),
        (error) => this.logger.warn({ queue, job: name, err: error }, 'repeating job failed'),
      ),
    );
  }

  async check(): Promise<void> {
    // Runs in process: available whenever the process is.
  }

  onApplicationShutdown(): void {
    for (const stop of this.repeating.values()) stop();
    this.repeating.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(
    queue: QueueName,
    name: string,
    data: object,
    jobId: string,
    attempt: number,
    attempts: number,
    delayMs: number,
  ): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.run(queue, name, data, jobId, attempt, attempts);
    }, delayMs);
    this.timers.add(timer);
  }

  private async run(
    queue: QueueName,
    name: string,
    data: object,
    jobId: string,
    attempt: number,
    attempts: number,
  ): Promise<void> {
    try {
      // A job has no request: it starts from an empty context and re-enters its tenant itself.
      await this.dispatch(queue, name, data, jobId);
    } catch (error) {
      const final = attempt >= attempts;
      this.logger.warn({ queue, job: name, jobId, attempt, final, err: error }, 'job failed');
      if (!final)
        this.schedule(
          queue,
          name,
          data,
          jobId,
          attempt + 1,
          attempts,
          this.config.env.JOB_BACKOFF_MS * 2 ** (attempt - 1),
        );
    }
  }

  /**
   * Runs the handler in a context of its own, named by the job so its log lines say which,
   * and counts the attempt like the worker counts Bull's.
   */
  private dispatch(queue: QueueName, name: string, data: object, jobId: string): Promise<void> {
    return this.metrics.track(queue, name, () =>
      this.cls.run(() => {
        this.cls.set('jobId', jobId);
        this.cls.set('job', name);
        return runInJobSpan({ queue, name, jobId }, data, (payload) =>
          this.registry.dispatch(queue, name, payload),
        );
      }),
    );
  }
}
