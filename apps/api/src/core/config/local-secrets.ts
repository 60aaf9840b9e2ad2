import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Secrets a developer machine needs but nobody configured: generated once and kept in
 * `<DATA_DIR>/secrets.json` (mode 0600) so restarts keep sessions and the embedded database.
 * Production sets every one of them through the environment instead.
 */
export type LocalSecrets = {
  jwtSecret: string;
  embeddedSuperuserPassword: string;
  appDatabasePassword: string;
  demoPassword: string;
  /** Seals stored files in development (base64url, 32 bytes); see `file-encryption-keys.ts`. */
  fileEncryptionKey: string;
  /** Seals integration credentials in development; see `credentials-encryption-keys.ts`. */
  credentialsEncryptionKey: string;
};

const generate = (): string => randomBytes(32).toString('base64url');

export function readOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  const existing: Partial<LocalSecrets> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>)
    : {};
  const secrets: LocalSecrets = {
    jwtSecret: existing.jwtSecret ?? generate(),
    embeddedSuperuserPassword: existing.embeddedSuperuserPassword ?? generate(),
    appDatabasePassword: existing.appDatabasePassword ?? generate(),
    demoPassword: existing.demoPassword ?? `demo-${randomBytes(6).toString('hex')}`,
    fileEncryptionKey: existing.fileEncryptionKey ?? generate(),
    credentialsEncryptionKey: existing.credentialsEncryptionKey ?? generate(),
  };
  if (JSON.stringify(existing) !== JSON.stringify(secrets)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
