import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import type { IntegrationProvider } from '@loved/shared';
import { MetricsRegistry } from '../../../core/metrics/metrics-registry';

/**
 * Webhooks in (counted in the process that answers the provider) and how long stored events
 * wait to be processed (observed in the process that runs the jobs).
 */
@Injectable()
export class WebhookMetrics {
  private readonly accepted: Counter<'provider'>;
  private readonly lag: Histogram<'provider'>;

  constructor(@Inject(MetricsRegistry) registry: MetricsRegistry) {
    this.accepted = new Counter({
      name: 'webhooks_accepted_total',
      help: 'Webhook events stored after their signature was checked, by provider (repeats and unroutable ones included).',
      labelNames: ['provider'],
      registers: [registry],
    });
    this.lag = new Histogram({
      name: 'webhook_processing_lag_seconds',
      help: 'Time from receiving a webhook event to having processed it, by provider.',
      labelNames: ['provider'],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
      registers: [registry],
    });
  }

  accept(provider: IntegrationProvider): void {
    this.accepted.inc({ provider });
  }

  processed(provider: IntegrationProvider, receivedAt: Date): void {
    this.lag.observe({ provider }, Math.max(0, (Date.now() - receivedAt.getTime()) / 1000));
  }
}
