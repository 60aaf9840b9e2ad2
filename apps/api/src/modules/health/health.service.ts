import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DependencyStatus, type HealthDependency, type ReadinessResponse } from '@loved/shared';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { JobQueue } from '../../core/queue/job-queue';
import { FileStorage } from '../../core/storage/file-storage';
import { HealthException } from './health.exception';

@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly storage: FileStorage,
  ) {}

  /** Checks every dependency; throws naming each one that is down. */
  async readiness(): Promise<ReadinessResponse> {
    const probes: Record<HealthDependency, (() => Promise<unknown>) | undefined> = {
      database: () => this.dataSource.query('SELECT 1'),
      redis: this.config.env.REDIS_URL ? () => this.queue.check() : undefined,
      storage: () => this.storage.check(),
    };
    const entries = await Promise.all(
      Object.entries(probes).map(async ([name, probe]) => [name, await statusOf(probe)] as const),
    );
    const checks = Object.fromEntries(entries) as Record<HealthDependency, DependencyStatus>;
    const down = entries
      .filter(([, status]) => status === DependencyStatus.Down)
      .map(([name]) => name);
    if (down.length > 0) throw HealthException.dependenciesDown(down);
    return { status: 'ok', mode: this.config.mode, checks };
  }
}

async function statusOf(probe: (() => Promise<unknown>) | undefined): Promise<DependencyStatus> {
  if (!probe) return DependencyStatus.Skipped;
  try {
    await probe();
    return DependencyStatus.Up;
  } catch {
    return DependencyStatus.Down;
  }
}
