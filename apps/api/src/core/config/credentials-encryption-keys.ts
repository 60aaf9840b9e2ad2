import type { CredentialKeyRing } from '../crypto/credentials-cipher';
import type { AppConfig } from './app-config';
import { LOCAL_FILE_KEY_ID, resolveKeyRing } from './file-encryption-keys';
import { readOrCreateLocalSecrets } from './local-secrets';

/** Key id of the key generated into DATA_DIR/secrets.json when none is configured. */
export const LOCAL_CREDENTIALS_KEY_ID = LOCAL_FILE_KEY_ID;

/**
 * The keys that seal and open integration credentials: CREDENTIALS_ENCRYPTION_KEY in production
 * (the schema refuses to boot without it), one generated into DATA_DIR/secrets.json elsewhere.
 * Retired keys stay in CREDENTIALS_ENCRYPTION_PREVIOUS_KEYS until every record was re-sealed.
 */
export function resolveCredentialKeys(config: AppConfig): CredentialKeyRing {
  return resolveKeyRing({
    current: config.env.CREDENTIALS_ENCRYPTION_KEY,
    currentId: config.env.CREDENTIALS_ENCRYPTION_KEY_ID,
    previous: config.env.CREDENTIALS_ENCRYPTION_PREVIOUS_KEYS,
    local: () => readOrCreateLocalSecrets(config.dataDir).credentialsEncryptionKey,
  });
}
