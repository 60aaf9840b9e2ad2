import { randomBytes } from 'node:crypto';
import { API_KEY_PREFIX } from '@loved/shared';
import { sha256Hex } from '../crypto/opaque-token';

/** How much of a secret is kept in clear to tell keys apart: `lcrm_` and 8 characters. */
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

export type NewApiKeySecret = { secret: string; hash: string; prefix: string };

/** `lcrm_` + 256 random bits (base64url): shown once; only its SHA-256 is stored. */
export function generateApiKeySecret(): NewApiKeySecret {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: sha256Hex(secret), prefix: secret.slice(0, VISIBLE_LENGTH) };
}

/** Whether a bearer token is meant as an API key (and not as a session's JWT). */
export const isApiKeySecret = (token: string | undefined): token is string =>
  token?.startsWith(API_KEY_PREFIX) === true;
