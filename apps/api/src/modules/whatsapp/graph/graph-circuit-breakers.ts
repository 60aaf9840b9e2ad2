import { Logger } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import { IntegrationProvider } from '@loved/shared';
import type {
  CircuitState,
  ProviderCallMetrics,
} from '../../../core/metrics/provider-call.metrics';
import { GRAPH_BREAKER_OPTIONS } from './graph-api.constant';
import { GraphApiError, GraphUnavailableError } from './graph-api.errors';

/** One HTTP answer from Graph, body already parsed. */
export type GraphHttpResult = { status: number; body: unknown };

type GraphAttempt = () => Promise<GraphHttpResult>;
type GraphBreaker = CircuitBreaker<[GraphAttempt], GraphHttpResult>;

/**
 * Meta answered, so it is up: a 4xx (bad request, expired token, rate limit) is the caller's
 * problem and must not pause the integration. Only 5xx, timeouts and network errors count.
 */
const isClientError = (error: unknown): boolean =>
  error instanceof GraphApiError && error.httpStatus < 500;

/**
 * A circuit breaker per integration, so one customer's broken number or Meta outage for one
 * WABA does not slow every other organisation's calls down.
 */
export class GraphCircuitBreakers {
  private readonly logger = new Logger(GraphCircuitBreakers.name);
  private readonly breakers = new Map<string, GraphBreaker>();

  constructor(private readonly metrics: ProviderCallMetrics) {}

  /** Runs one HTTP attempt through the integration's breaker; fails fast while it is open. */
  async run(integrationId: string, attempt: GraphAttempt): Promise<GraphHttpResult> {
    try {
      return await this.breakerFor(integrationId).fire(attempt);
    } catch (error) {
      // Opossum's own rejections (open or shut down) carry its marker; the attempt's do not.
      if (error instanceof Error && CircuitBreaker.isOurError(error)) {
        throw new GraphUnavailableError('circuit_open', { cause: error });
      }
      throw error;
    }
  }

  isOpen(integrationId: string): boolean {
    return this.breakers.get(integrationId)?.opened ?? false;
  }

  shutdown(): void {
    for (const [integrationId, breaker] of this.breakers) {
      breaker.shutdown();
      this.metrics.circuitRemoved(IntegrationProvider.WhatsApp, integrationId);
    }
    this.breakers.clear();
  }

  private breakerFor(integrationId: string): GraphBreaker {
    const existing = this.breakers.get(integrationId);
    if (existing) return existing;
    const breaker: GraphBreaker = new CircuitBreaker((attempt: GraphAttempt) => attempt(), {
      ...GRAPH_BREAKER_OPTIONS,
      name: `graph-api:${integrationId}`,
      // Each attempt has its own AbortSignal timeout; a second timer here would race it.
      timeout: false,
      errorFilter: isClientError,
    });
    // The message rides in `msg`: Nest's Logger would take a second string for its context.
    const state = (value: CircuitState): void =>
      this.metrics.circuitState(IntegrationProvider.WhatsApp, integrationId, value);
    state('closed');
    breaker.on('open', () => {
      state('open');
      this.logger.warn({ msg: 'Graph API circuit opened: calls fail fast', integrationId });
    });
    breaker.on('halfOpen', () => {
      state('half_open');
      this.logger.log({ msg: 'Graph API circuit half-open: trying one call', integrationId });
    });
    breaker.on('close', () => {
      state('closed');
      this.logger.log({ msg: 'Graph API circuit closed', integrationId });
    });
    this.breakers.set(integrationId, breaker);
    return breaker;
  }
}
