import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { MetricsRegistry } from '../../core/metrics/metrics-registry';

/** Outcome of a delivery attempt: delivered, retried later, or failed for good. */
export type WebhookAttemptOutcome = 'succeeded' | 'retry' | 'failed';

/** Outbound webhook attempts and their duration, counted in the process that sends them. */
@Injectable()
export class WebhookDeliveryMetrics {
  private readonly attempts: Counter<'outcome'>;
  private readonly duration: Histogram<'outcome'>;

  constructor(@Inject(MetricsRegistry) registry: MetricsRegistry) {
    this.attempts = new Counter({
      name: 'outbound_webhook_attempts_total',
      help: 'Outbound webhook delivery attempts, by outcome (succeeded, retry, failed for good).',
      labelNames: ['outcome'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'outbound_webhook_attempt_duration_seconds',
      help: 'Time an outbound webhook attempt took, by outcome.',
      labelNames: ['outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  attempted(outcome: WebhookAttemptOutcome, durationMs: number): void {
    this.attempts.inc({ outcome });
    this.duration.observe({ outcome }, durationMs / 1000);
  }
}
