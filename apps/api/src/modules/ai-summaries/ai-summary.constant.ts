/** The model name stored for summaries of the built-in summariser. */
export const LOCAL_SUMMARY_MODEL = 'local-extractive-v1';

/**
 * Tries of one summary's job: each try already retried its call with backoff (OPENAI_MAX_RETRIES);
 * after the last, the summary is `failed` with the reason.
 */
export const AI_SUMMARY_JOB_ATTEMPTS = 3;

/** Communications read per query while filling a prompt's budget. */
export const HISTORY_BATCH_SIZE = 100;

/**
 * A second request for the same lead while one is still pending gets that one back (a double
 * click is one summary, counted once), unless it has waited longer than this.
 */
export const PENDING_REUSE_MS = 10 * 60_000;

/**
 * A summary still pending after this long lost its job (embedded mode keeps jobs in memory, so
 * a restart drops them): the next request for its lead marks it failed instead of waiting on it.
 */
export const PENDING_STALE_MS = 30 * 60_000;

export const INTERRUPTED_ERROR =
  'The summary was interrupted before it finished; request it again.';
