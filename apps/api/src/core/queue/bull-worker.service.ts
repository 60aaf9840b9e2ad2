import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { BullJobQueue } from './bull-job-queue';
import { JobRegistryService } from './job-registry.service';
import { QUEUE_CONCURRENCY_WEIGHT, QUEUE_NAMES } from './queue-name.constant';
import { QueueMetrics } from './queue.metrics';
import { runInJobSpan } from '../telemetry/job-trace';

/** Only in the worker process: pulls jobs from every queue and hands them to their handler. */
@Injectable()
export class BullWorkerService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BullWorkerService.name);

  constructor(
    private readonly queues: BullJobQueue,
    private readonly registry: JobRegistryService,
    private readonly cls: ClsService,
    private readonly metrics: QueueMetrics,
    private readonly concurrency: number,
  ) {}

  onApplicationBootstrap(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.queues.queue(name);
      const concurrency = Math.max(
        1,
        Math.round(this.concurrency * QUEUE_CONCURRENCY_WEIGHT[name]),
      );
      void queue.process('*', concurrency, (job) =>
        this.metrics.track(name, job.name, () =>
          this.cls.run(() => {
            // Every line the handler logs names its job (the logger's mixin reads these).
            this.cls.set('jobId', String(job.id));
            this.cls.set('job', job.name);
            return runInJobSpan(
              { queue: name, name: job.name, jobId: job.id, attempt: job.attemptsMade + 1 },
              job.data as object,
              (data) => this.registry.dispatch(name, job.name, data),
            );
          }),
        ),
      );
      queue.on('failed', (job, error) =>
        this.logger.warn(
          { queue: name, job: job.name, jobId: job.id, attempt: job.attemptsMade, err: error },
          'job failed',
        ),
      );
    }
    this.logger.log(
      { queues: QUEUE_NAMES, concurrency: this.concurrency },
      'worker is processing jobs',
    );
  }
}
