import { Global, Module } from '@nestjs/common';
import { DbPoolMetrics } from './db-pool.metrics';
import { HttpMetrics } from './http.metrics';
import { MetricsController } from './metrics.controller';
import { MetricsRegistry } from './metrics-registry';
import { MetricsServer } from './metrics.server';
import { MetricsService } from './metrics.service';
import { ProviderCallMetrics } from './provider-call.metrics';

/**
 * Prometheus metrics of this process. Global, so queue, webhook and provider code can record
 * theirs into the one registry; each app instance gets its own registry.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    { provide: MetricsRegistry, useFactory: () => MetricsRegistry.create() },
    MetricsService,
    MetricsServer,
    HttpMetrics,
    DbPoolMetrics,
    ProviderCallMetrics,
  ],
  exports: [MetricsRegistry, MetricsServer, HttpMetrics, ProviderCallMetrics],
})
export class MetricsModule {}
