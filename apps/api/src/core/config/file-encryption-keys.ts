import type { FileKeyRing } from '../crypto/file-encryption';
import type { AppConfig } from './app-config';
import { readOrCreateLocalSecrets } from './local-secrets';

/** Key id of the key generated into DATA_DIR/secrets.json when none is configured. */
export const LOCAL_FILE_KEY_ID = 'local';

/** A 32-byte key written as 64 hex digits or base64 (standard or url-safe alphabet). */
export function parseFileKey(value: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, 'hex')
    : Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== 32) throw new Error('A file encryption key must be 32 bytes');
  return key;
}

/** Where a key ring's keys come from: configured keys, else one generated for development. */
export type KeyRingSource = {
  current: string | undefined;
  currentId: string;
  /** `id:key,id:key`: retired keys still needed to open older data. */
  previous: string | undefined;
  /** The generated key, read (or made) only when no key is configured. */
  local: () => string;
};

/** A ring of 32-byte keys with the id of the one that seals new data. */
export function resolveKeyRing(source: KeyRingSource): FileKeyRing {
  const keys = new Map<string, Buffer>();
  for (const entry of source.previous?.split(',') ?? []) {
    const [id, value] = entry.split(':');
    keys.set(id, parseFileKey(value));
  }
  if (source.current) {
    keys.set(source.currentId, parseFileKey(source.current));
    return { currentKeyId: source.currentId, keys };
  }
  keys.set(LOCAL_FILE_KEY_ID, parseFileKey(source.local()));
  return { currentKeyId: LOCAL_FILE_KEY_ID, keys };
}

/**
 * The keys that seal and open stored files. Production sets FILE_ENCRYPTION_KEY (the schema
 * refuses to boot without it); a developer machine gets one generated once into
 * DATA_DIR/secrets.json, so files stay readable across restarts. Retired keys stay listed in
 * FILE_ENCRYPTION_PREVIOUS_KEYS for as long as files sealed with them exist.
 */
export function resolveFileKeys(config: AppConfig): FileKeyRing {
  return resolveKeyRing({
    current: config.env.FILE_ENCRYPTION_KEY,
    currentId: config.env.FILE_ENCRYPTION_KEY_ID,
    previous: config.env.FILE_ENCRYPTION_PREVIOUS_KEYS,
    local: () => readOrCreateLocalSecrets(config.dataDir).fileEncryptionKey,
  });
}
