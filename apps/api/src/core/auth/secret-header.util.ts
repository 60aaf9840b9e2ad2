import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether `candidate` is a configured secret (the operators' token, the metrics token), in
 * constant time. Both sides are hashed first, so neither the comparison nor its length check
 * tells a guesser how close it came. An unset secret matches nothing.
 */
export function matchesSecret(candidate: string | undefined, secret: string | undefined): boolean {
  if (!secret || candidate === undefined) return false;
  return timingSafeEqual(digest(candidate), digest(secret));
}

/** The token of an `Authorization: Bearer <token>` header, if that is what it holds. */
export function bearerTokenOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1];
}

/** The password of an `Authorization: Basic base64(user:password)` header (any user name). */
export function basicPasswordOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}
