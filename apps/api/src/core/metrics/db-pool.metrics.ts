import { Inject, Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { MetricsRegistry } from './metrics-registry';

/** The counters node-postgres keeps on its Pool (TypeORM types the pool as `any`). */
type PoolCounts = { totalCount: number; idleCount: number; waitingCount: number };

const isPool = (value: unknown): value is PoolCounts =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PoolCounts).totalCount === 'number';

/** Connections of this process's pool, read when Prometheus scrapes (nothing to keep up to date). */
@Injectable()
export class DbPoolMetrics {
  constructor(@Inject(MetricsRegistry) registry: MetricsRegistry, dataSource: DataSource) {
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool of this process: total and idle connections, and callers waiting for one.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.reset();
        const pool: unknown = dataSource.isInitialized
          ? (dataSource.driver as PostgresDriver).master
          : undefined;
        if (!isPool(pool)) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
}
