import { BullModule } from '@nestjs/bull';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import type { AppConfig } from '../config/app-config';
import { BullJobQueue } from './bull-job-queue';
import { BullWorkerService } from './bull-worker.service';
import { InlineJobQueue } from './inline-job-queue';
import { JobQueue } from './job-queue';
import { JobRegistryService } from './job-registry.service';
import { PROCESSES_JOBS } from './processes-jobs.token';
import { QUEUE_NAMES } from './queue-name.constant';
import { QueueMetrics } from './queue.metrics';

export type QueueModuleOptions = {
  /** The worker process runs jobs; the HTTP process only enqueues (in full mode). */
  processJobs: boolean;
};

@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig, options: QueueModuleOptions): DynamicModule {
    const redisUrl = config.env.REDIS_URL;
    if (!redisUrl) {
      return {
        module: QueueModule,
        imports: [DiscoveryModule],
        providers: [
          JobRegistryService,
          QueueMetrics,
          { provide: JobQueue, useClass: InlineJobQueue },
          { provide: PROCESSES_JOBS, useValue: true },
        ],
        exports: [JobQueue, PROCESSES_JOBS],
      };
    }
    const worker: Provider[] = options.processJobs
      ? [
          {
            provide: BullWorkerService,
            inject: [BullJobQueue, JobRegistryService, ClsService, QueueMetrics],
            useFactory: (
              queues: BullJobQueue,
              registry: JobRegistryService,
              cls: ClsService,
              metrics: QueueMetrics,
            ) =>
              new BullWorkerService(queues, registry, cls, metrics, config.env.WORKER_CONCURRENCY),
          },
        ]
      : [];
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ url: redisUrl, prefix: config.env.QUEUE_PREFIX }),
        ...QUEUE_NAMES.map((name) => BullModule.registerQueue({ name })),
      ],
      providers: [
        JobRegistryService,
        BullJobQueue,
        QueueMetrics,
        { provide: JobQueue, useExisting: BullJobQueue },
        { provide: PROCESSES_JOBS, useValue: options.processJobs },
        ...worker,
      ],
      exports: [JobQueue, BullJobQueue, PROCESSES_JOBS],
    };
  }
}
