import type { CredentialKeyRing } from '../crypto/credentials-cipher';
import type { AppConfig } from './app-config';
import { parseFileKey } from './file-encryption-keys';
import { readOrCreateLocalSecrets } from './local-secrets';

/** Key id of the key generated into DATA_DIR/secrets.json when none is configured. */
export const LOCAL_CREDENTIALS_KEY_ID = 'local';

/**
 * The keys that seal and open integration credentials: CREDENTIALS_ENCRYPTION_KEY in production
 * (the schema refuses to boot without it), one generated into DATA_DIR/secrets.json elsewhere.
 * Retired keys stay in CREDENTIALS_ENCRYPTION_PREVIOUS_KEYS until every record was re-sealed.
 */
export function resolveCredentialKeys(config: AppConfig): CredentialKeyRing {
  const env = config.env;
  const keys = new Map<string, Buffer>();
  for (const entry of env.CREDENTIALS_ENCRYPTION_PREVIOUS_KEYS?.split(',') ?? []) {
    const [id, value] = entry.split(':');
    keys.set(id, parseFileKey(value));
  }
  if (env.CREDENTIALS_ENCRYPTION_KEY) {
    keys.set(env.CREDENTIALS_ENCRYPTION_KEY_ID, parseFileKey(env.CREDENTIALS_ENCRYPTION_KEY));
    return { currentKeyId: env.CREDENTIALS_ENCRYPTION_KEY_ID, keys };
  }
  const local = readOrCreateLocalSecrets(config.dataDir).credentialsEncryptionKey;
  keys.set(LOCAL_CREDENTIALS_KEY_ID, parseFileKey(local));
  return { currentKeyId: LOCAL_CREDENTIALS_KEY_ID, keys };
}
