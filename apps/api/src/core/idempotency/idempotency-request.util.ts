import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_PATTERN } from './idempotency.constant';
import { IdempotencyException } from './idempotency.exception';

/**
 * The key the client sent, or undefined when it sent none. A repeated header (an array) or a
 * value outside 1–255 visible ASCII characters is refused rather than guessed at.
 */
export function parseIdempotencyKey(raw: string | string[] | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(raw))
    throw IdempotencyException.invalidKey();
  return raw;
}

/**
 * JSON with object keys sorted at every depth, so two bodies that differ only in key order (or
 * whitespace) count as the same request.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

/**
 * What a key is bound to: method, the URL as sent (path with its parameters, and any query) and
 * the canonical body. SHA-256 keeps the stored fingerprint small whatever the body's size.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()}\n${url}\n${canonicalJson(body)}`)
    .digest('hex');
}
