/**
 * Graph error codes worth another try: platform downtime (1, 2, 131000, 131016, 133004) and
 * rate limits of the app, the WABA or the number (4, 17, 32, 613, 80007, 130429). The pair limit
 * 131056 is left out: it lifts only after seconds to minutes, and retrying within one call just
 * keeps it in force, so it reaches the caller at once.
 */
const RETRYABLE_CODES: ReadonlySet<number> = new Set([
  1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016, 133004,
]);

/** Code 190: the token expired or was revoked. */
const TOKEN_ERROR_CODE = 190;

export type GraphApiErrorFields = {
  httpStatus: number;
  code: number | null;
  subcode: number | null;
  /** Meta's `error.message`, e.g. `(#131047) Re-engagement message`. */
  message: string;
  /** Meta's `error_data.details`: with the code, what to branch on. */
  details: string | null;
  type: string | null;
  fbtraceId: string | null;
  /** Meta's own `is_transient` hint. */
  isTransient: boolean;
  /** From a `Retry-After` header, when Meta sent one. */
  retryAfterMs: number | null;
};

/** Meta answered with an error (or an answer we could not read). Branch on `code`, never on text. */
export class GraphApiError extends Error {
  readonly httpStatus: number;
  readonly code: number | null;
  readonly subcode: number | null;
  readonly details: string | null;
  readonly type: string | null;
  readonly fbtraceId: string | null;
  readonly isTransient: boolean;
  readonly retryAfterMs: number | null;

  constructor(fields: GraphApiErrorFields) {
    super(fields.message);
    this.name = 'GraphApiError';
    this.httpStatus = fields.httpStatus;
    this.code = fields.code;
    this.subcode = fields.subcode;
    this.details = fields.details;
    this.type = fields.type;
    this.fbtraceId = fields.fbtraceId;
    this.isTransient = fields.isTransient;
    this.retryAfterMs = fields.retryAfterMs;
  }

  /** Meta's title without the `(#code)` prefix it puts in `message`. */
  get title(): string {
    return this.message.replace(/^\(#\d+\)\s*/, '');
  }

  /** The token no longer works: the integration needs to be connected again. */
  get isAuthFailure(): boolean {
    return this.httpStatus === 401 || this.code === TOKEN_ERROR_CODE;
  }

  /** A later attempt with the same request may succeed. */
  get isRetryable(): boolean {
    if (this.isAuthFailure) return false;
    if (this.httpStatus === 429 || this.httpStatus >= 500) return true;
    return this.isTransient || (this.code !== null && RETRYABLE_CODES.has(this.code));
  }
}

export type GraphUnavailableReason = 'timeout' | 'network' | 'circuit_open';

const UNAVAILABLE_DESCRIPTIONS: Record<GraphUnavailableReason, string> = {
  timeout: 'Graph API did not answer in time',
  network: 'Graph API could not be reached',
  circuit_open: 'Graph API calls for this integration are paused after repeated failures',
};

/**
 * Meta gave no answer: the request timed out, the connection failed (after retries), or the
 * integration's circuit breaker is open and the call was not made at all.
 */
export class GraphUnavailableError extends Error {
  readonly reason: GraphUnavailableReason;

  constructor(reason: GraphUnavailableReason, options?: { cause?: unknown }) {
    super(UNAVAILABLE_DESCRIPTIONS[reason], options);
    this.name = 'GraphUnavailableError';
    this.reason = reason;
  }
}
