import { bearerTokenOf, matchesSecret } from '../auth/secret-header.util';
import { MetricsException } from './metrics.exception';

/**
 * Whether a scrape may read `/metrics`: 404 while no token is configured (the endpoint is off),
 * 401 without a bearer token, 403 with the wrong one. Compared in constant time.
 */
export function assertMetricsAccess(
  expected: string | undefined,
  authorization: string | undefined,
): void {
  if (!expected) throw MetricsException.disabled();
  const token = bearerTokenOf(authorization);
  if (!token) throw MetricsException.unauthenticated();
  if (!matchesSecret(token, expected)) throw MetricsException.forbidden();
}
