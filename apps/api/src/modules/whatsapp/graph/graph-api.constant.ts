/** Tries per call, the first included. */
export const GRAPH_MAX_ATTEMPTS = 3;

/** First backoff; it doubles per retry and gets up to as much again as random jitter. */
export const GRAPH_RETRY_BASE_DELAY_MS = 200;

/** Longest we wait on a `Retry-After`: a worker slot should not sleep for minutes. */
export const GRAPH_RETRY_AFTER_CAP_MS = 5_000;

/**
 * Per-integration circuit breaker. Over a 30 s window with at least 5 attempts, more than half
 * failing (5xx, timeouts, network) opens it; after 30 s one trial call may close it again.
 */
export const GRAPH_BREAKER_OPTIONS = {
  volumeThreshold: 5,
  errorThresholdPercentage: 50,
  resetTimeout: 30_000,
  rollingCountTimeout: 30_000,
  rollingCountBuckets: 10,
} as const;

/** Templates asked for per page, and pages followed at most (1,000 templates). */
export const GRAPH_TEMPLATES_PAGE_SIZE = 100;
export const GRAPH_TEMPLATES_MAX_PAGES = 10;

export const GRAPH_TEMPLATE_FIELDS = 'name,language,status,category,components';
export const GRAPH_PHONE_NUMBER_FIELDS = 'id,display_phone_number,verified_name,quality_rating';
