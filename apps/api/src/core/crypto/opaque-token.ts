import { createHash, randomBytes } from 'node:crypto';

/** A random secret for the client; only its SHA-256 is ever stored. */
export const generateOpaqueToken = (): string => randomBytes(32).toString('base64url');

export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value).digest('hex');
