import { createHash, timingSafeEqual } from 'node:crypto';
import { MetricsException } from './metrics.exception';

const BEARER = /^Bearer ([^\s]+)$/i;

/** Fixed-length digests, so the comparison takes as long whatever the token's length. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether a scrape may read `/metrics`: 404 while no token is configured (the endpoint is off),
 * 401 without a bearer token, 403 with the wrong one. Compared in constant time.
 */
export function assertMetricsAccess(
  expected: string | undefined,
  authorization: string | undefined,
): void {
  if (!expected) throw MetricsException.disabled();
  const token = BEARER.exec(authorization?.trim() ?? '')?.[1];
  if (!token) throw MetricsException.unauthenticated();
  if (!timingSafeEqual(digest(token), digest(expected))) throw MetricsException.forbidden();
}
