import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * This app instance's metrics. Not prom-client's global default registry: several apps in one
 * process (the test suite, an API beside a worker) would otherwise share and clash over metrics.
 */
export class MetricsRegistry extends Registry {
  static create(): MetricsRegistry {
    const registry = new MetricsRegistry();
    collectDefaultMetrics({ register: registry });
    return registry;
  }
}
