import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { IntegrationProvider } from '@loved/shared';
import {
  outcomeOfStatus,
  type ProviderCallMetrics,
  type ProviderCallOutcome,
} from '../../../core/metrics/provider-call.metrics';
import { GRAPH_MAX_ATTEMPTS } from './graph-api.constant';
import { GraphApiError, GraphUnavailableError } from './graph-api.errors';
import type { GraphCredentials } from './graph-api.types';
import type { GraphCircuitBreakers, GraphHttpResult } from './graph-circuit-breakers';
import { toGraphApiError, unexpectedResponse } from './graph-error.mapper';
import { retryDelayMs } from './utils/graph-retry.util';
import { graphUrl } from './utils/graph-url.util';

export type GraphRequest = {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path segments under the versioned root, e.g. `[phoneNumberId, 'messages']`. */
  segments: readonly string[];
  query?: Record<string, string>;
  /** A JSON body, serialised per attempt. */
  json?: unknown;
  /** A multipart body, built per attempt so a retry never reuses a consumed one. */
  form?: () => FormData;
  /**
   * Whether repeating the request after an unknown outcome (timeout, dropped connection) is
   * harmless. A send is not: Meta may have delivered it, and the customer would get it twice.
   */
  idempotent: boolean;
};

/**
 * Makes Graph calls robust: a timeout on every attempt, retries with backoff for answers that
 * may change (429, 5xx, Meta's transient codes) and for lost answers of idempotent calls, all
 * behind the integration's circuit breaker.
 */
export class GraphTransport {
  private readonly logger = new Logger(GraphTransport.name);

  constructor(
    private readonly rootUrl: string,
    private readonly timeoutMs: number,
    private readonly breakers: GraphCircuitBreakers,
    private readonly metrics: ProviderCallMetrics,
  ) {}

  async request(creds: GraphCredentials, request: GraphRequest): Promise<GraphHttpResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.breakers.run(creds.integrationId, () =>
          this.metrics.time(
            IntegrationProvider.WhatsApp,
            () => this.attempt(creds, request),
            graphOutcome,
          ),
        );
      } catch (error) {
        const retrying = attempt < GRAPH_MAX_ATTEMPTS && this.isWorthRetrying(error, request);
        this.logFailure(creds, request, error, attempt, retrying);
        if (!retrying) throw error;
        const retryAfter = error instanceof GraphApiError ? error.retryAfterMs : null;
        await sleep(retryDelayMs(attempt, retryAfter));
      }
    }
  }

  private async attempt(creds: GraphCredentials, request: GraphRequest): Promise<GraphHttpResult> {
    const url = graphUrl(this.rootUrl, request.segments, request.query);
    const headers: Record<string, string> = { authorization: `Bearer ${creds.accessToken}` };
    let body: string | FormData | undefined;
    if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.form) {
      // fetch writes the multipart content type itself, boundary included.
      body = request.form();
    }
    const signal = AbortSignal.timeout(this.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { method: request.method, headers, body, signal });
      text = await response.text();
    } catch (error) {
      throw new GraphUnavailableError(signal.aborted ? 'timeout' : 'network', { cause: error });
    }
    if (!response.ok) throw toGraphApiError(response.status, response.headers, text);
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      throw unexpectedResponse(response.status, 'the body is not JSON');
    }
  }

  private isWorthRetrying(error: unknown, request: GraphRequest): boolean {
    if (error instanceof GraphApiError) return error.isRetryable;
    if (error instanceof GraphUnavailableError) {
      return error.reason !== 'circuit_open' && request.idempotent;
    }
    return false;
  }

  /** Ids and codes only: the token and message bodies never reach the logs. */
  private logFailure(
    creds: GraphCredentials,
    request: GraphRequest,
    error: unknown,
    attempt: number,
    retrying: boolean,
  ): void {
    const fields = {
      integrationId: creds.integrationId,
      method: request.method,
      path: `/${request.segments.join('/')}`,
      attempt,
      retrying,
      status: error instanceof GraphApiError ? error.httpStatus : null,
      code: error instanceof GraphApiError ? error.code : null,
      subcode: error instanceof GraphApiError ? error.subcode : null,
      fbtraceId: error instanceof GraphApiError ? error.fbtraceId : null,
      reason: error instanceof GraphUnavailableError ? error.reason : null,
      error: error instanceof Error ? error.name : typeof error,
    };
    if (retrying) {
      this.logger.warn({ msg: 'Graph API call failed; retrying', ...fields });
      return;
    }
    // Meta refusing one request (4xx) is routine, e.g. a closed 24 h window; outages are not.
    const outage = fields.status === null || fields.status >= 500;
    if (outage) this.logger.warn({ msg: 'Graph API call failed', ...fields });
    else this.logger.log({ msg: 'Graph API refused the call', ...fields });
  }
}

/** A Graph answer with an error status is Meta refusing (4xx) or failing (5xx); the rest failed. */
const graphOutcome = (error: unknown): ProviderCallOutcome =>
  error instanceof GraphApiError ? outcomeOfStatus(error.httpStatus) : 'failed';
