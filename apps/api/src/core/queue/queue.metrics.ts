import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics/metrics-registry';
import { BullJobQueue } from './bull-job-queue';
import { QUEUE_NAMES, type QueueName } from './queue-name.constant';

export type JobOutcome = 'completed' | 'failed';

/** The states whose depth is exported; completed jobs are history, not backlog. */
const DEPTH_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** A scrape must not hang on a Redis that stopped answering: the gauges are left out instead. */
const SCRAPE_TIMEOUT_MS = 2_000;

/**
 * Jobs run by this process (counted where they run: the worker, or the API in embedded mode),
 * and, with Bull, each queue's depth and the age of its oldest waiting job, read from Redis
 * when Prometheus scrapes. In-process queues keep no backlog worth exporting.
 */
@Injectable()
export class QueueMetrics {
  private readonly logger = new Logger(QueueMetrics.name);
  private readonly jobs: Counter<'queue' | 'job' | 'outcome'>;

  constructor(@Inject(MetricsRegistry) registry: MetricsRegistry, @Optional() bull?: BullJobQueue) {
    this.jobs = new Counter({
      name: 'queue_jobs_processed_total',
      help: 'Job attempts run by this process, by queue, job name and outcome (a retried failure counts each time).',
      labelNames: ['queue', 'job', 'outcome'],
      registers: [registry],
    });
    if (bull) this.exportDepth(registry, bull);
  }

  /** Runs one job attempt and counts how it ended. */
  async track<T>(queue: QueueName, job: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.jobs.inc({ queue, job, outcome: 'completed' });
      return result;
    } catch (error) {
      this.jobs.inc({ queue, job, outcome: 'failed' });
      throw error;
    }
  }

  private exportDepth(registry: MetricsRegistry, bull: BullJobQueue): void {
    const logger = this.logger;
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs in each Bull queue by state (waiting, active, delayed, failed).',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const name of QUEUE_NAMES) {
          const counts = await withinScrape(bull.queue(name).getJobCounts()).catch(
            (error: unknown) => {
              logger.warn({ msg: 'queue depth could not be read', queue: name, err: error });
              return null;
            },
          );
          if (!counts) continue;
          for (const state of DEPTH_STATES) this.set({ queue: name, state }, counts[state]);
        }
      },
    });
    new Gauge({
      name: 'queue_oldest_waiting_job_age_seconds',
      help: 'Seconds the oldest waiting job of each Bull queue has been ready to run (0 when none waits).',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const name of QUEUE_NAMES) {
          // Bull's `asc` order puts the job that has waited longest first.
          const waiting = await withinScrape(bull.queue(name).getWaiting(0, 0)).catch(() => null);
          if (!waiting) continue;
          const oldest = waiting[0];
          // A delayed job becomes ready when its delay ends, not when it was added.
          const readyAt = oldest ? oldest.timestamp + (oldest.opts.delay ?? 0) : Date.now();
          this.set({ queue: name }, Math.max(0, (Date.now() - readyAt) / 1000));
        }
      },
    });
  }
}

async function withinScrape<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Redis did not answer in time')), SCRAPE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
