import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DetailedCheckStatus,
  type DependencyCheck,
  type DetailedHealthResponse,
  type QueueDepth,
} from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { BullJobQueue } from '../../core/queue/bull-job-queue';
import { QUEUE_NAMES } from '../../core/queue/queue-name.constant';
import { FileStorage } from '../../core/storage/file-storage';
import { IntegrationHealthService } from '../integrations/integration-health.service';

/** Longest one probe may take before its dependency counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

type Infrastructure = Omit<DetailedHealthResponse, 'scope' | 'providers' | 'integrations'>;

/**
 * What operators (and an organisation's admins) look at when something seems wrong: each
 * dependency with its latency, the queues' backlog, and how the integrations fare. It answers
 * even when a dependency is down (`status: degraded`): that is when it is needed.
 */
@Injectable()
export class DetailedHealthService {
  private readonly logger = new Logger(DetailedHealthService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly integrations: IntegrationHealthService,
    // Only in full mode (REDIS_URL): embedded mode has no Bull queues to count.
    @Optional() private readonly bull?: BullJobQueue,
  ) {}

  /** `operator`: the platform's view across organisations; else the current organisation's. */
  async detailed(operator: boolean): Promise<DetailedHealthResponse> {
    const infrastructure = await this.infrastructure();
    if (operator) {
      return {
        ...infrastructure,
        scope: 'platform',
        providers: await this.integrations.acrossOrganizations(),
      };
    }
    return {
      ...infrastructure,
      scope: 'organization',
      integrations: await this.integrations.forOrganization(),
    };
  }

  private async infrastructure(): Promise<Infrastructure> {
    const bull = this.config.env.REDIS_URL ? this.bull : undefined;
    const [database, redis, storage, queues] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      bull ? probe(() => bull.check()) : notConfigured(),
      probe(() => this.storage.check()),
      bull ? this.queueDepths(bull) : Promise.resolve([]),
    ]);
    const checks = { database, redis, storage };
    const degraded = Object.values(checks).some((check) => check.status === 'down');
    return {
      status: degraded ? 'degraded' : 'ok',
      mode: this.config.mode,
      checked_at: new Date().toISOString(),
      checks,
      queues,
    };
  }

  private async queueDepths(bull: BullJobQueue): Promise<QueueDepth[]> {
    try {
      return await Promise.all(
        QUEUE_NAMES.map(async (name) => {
          const counts = await withTimeout(bull.queue(name).getJobCounts());
          const { waiting, active, delayed, failed } = counts;
          return { name, waiting, active, delayed, failed };
        }),
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'queue depths unavailable');
      return [];
    }
  }
}

async function probe(check: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  try {
    await withTimeout(check());
    return { status: DetailedCheckStatus.Up, latency_ms: elapsed(started) };
  } catch {
    return { status: DetailedCheckStatus.Down, latency_ms: elapsed(started) };
  }
}

const notConfigured = (): Promise<DependencyCheck> =>
  Promise.resolve({ status: DetailedCheckStatus.NotConfigured, latency_ms: null });

const elapsed = (started: number): number => Math.round((performance.now() - started) * 10) / 10;

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
