/** The request header a client sends to make a tenant `POST` safe to retry (as it is spelled). */
export const IDEMPOTENCY_KEY_HEADER_NAME = 'Idempotency-Key';

/** Set to `true` on an answer that repeats a stored one instead of acting again. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** How long a key keeps its answer; an older row is ignored and replaced. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** 1–255 visible ASCII characters (0x21–0x7E): no spaces, no control or non-ASCII bytes. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;
