import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/**
 * How a call to an outside provider ended: `ok`; `refused` when the provider answered no (4xx:
 * a bad request, an expired token, a rate limit); `failed` when it could not answer (5xx,
 * timeout, network).
 */
export type ProviderCallOutcome = 'ok' | 'refused' | 'failed';

export type CircuitState = 'closed' | 'half_open' | 'open';

/** The gauge's values, as the issue fixes them. */
const CIRCUIT_STATE_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/** The outcome of an HTTP status from a provider. */
export const outcomeOfStatus = (status: number): ProviderCallOutcome =>
  status < 400 ? 'ok' : status < 500 ? 'refused' : 'failed';

/** Latency of calls to WhatsApp, Twilio, OpenAI… and the state of their circuit breakers. */
@Injectable()
export class ProviderCallMetrics {
  private readonly duration: Histogram<'provider' | 'outcome'>;
  private readonly circuit: Gauge<'provider' | 'breaker'>;

  constructor(@Inject(MetricsRegistry) registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'provider_request_duration_seconds',
      help: 'Time of one request to an outside provider, by provider and outcome (ok, refused, failed).',
      labelNames: ['provider', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
    this.circuit = new Gauge({
      name: 'provider_circuit_breaker_state',
      help: 'Circuit breaker state per provider and breaker: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider', 'breaker'],
      registers: [registry],
    });
  }

  /** Runs one request and records its latency; `classify` says how a thrown error ended. */
  async time<T>(
    provider: string,
    request: () => Promise<T>,
    classify: (error: unknown) => ProviderCallOutcome,
  ): Promise<T> {
    const end = this.duration.startTimer({ provider });
    try {
      const result = await request();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      end({ outcome: classify(error) });
      throw error;
    }
  }

  /** A `fetch` that records each request it makes (for SDKs that take one, and retry inside). */
  timedFetch(provider: string, fetchImpl: typeof fetch = fetch): typeof fetch {
    return async (input, init) => {
      const end = this.duration.startTimer({ provider });
      try {
        const response = await fetchImpl(input, init);
        end({ outcome: outcomeOfStatus(response.status) });
        return response;
      } catch (error) {
        end({ outcome: 'failed' });
        throw error;
      }
    };
  }

  circuitState(provider: string, breaker: string, state: CircuitState): void {
    this.circuit.set({ provider, breaker }, CIRCUIT_STATE_VALUE[state]);
  }

  /** A breaker that no longer exists stops being exported. */
  circuitRemoved(provider: string, breaker: string): void {
    this.circuit.remove({ provider, breaker });
  }
}
