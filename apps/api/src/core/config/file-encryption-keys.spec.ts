import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from './app-config';
import { LOCAL_FILE_KEY_ID, parseFileKey, resolveFileKeys } from './file-encryption-keys';
import { loadConfig } from './load-config';

const configWith = (env: Record<string, string>): AppConfig => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loved-keys-'));
  return {
    mode: 'embedded',
    env: loadConfig({ DATA_DIR: dataDir, ...env }),
    databaseUrl: '',
    jwtSecret: '',
    dataDir,
    webDistDir: '',
  };
};

describe('resolveFileKeys', () => {
  it('reads hex and base64 keys alike', () => {
    const key = Buffer.alloc(32, 9);
    expect(parseFileKey(key.toString('hex'))).toEqual(key);
    expect(parseFileKey(key.toString('base64'))).toEqual(key);
    expect(parseFileKey(key.toString('base64url'))).toEqual(key);
  });

  it('uses FILE_ENCRYPTION_KEY under its id and keeps previous keys for reading', () => {
    const ring = resolveFileKeys(
      configWith({
        FILE_ENCRYPTION_KEY: 'ab'.repeat(32),
        FILE_ENCRYPTION_KEY_ID: '2026-05',
        FILE_ENCRYPTION_PREVIOUS_KEYS: `2025-11:${'cd'.repeat(32)}`,
      }),
    );
    expect(ring.currentKeyId).toBe('2026-05');
    expect([...ring.keys.keys()].sort()).toEqual(['2025-11', '2026-05']);
  });

  it('generates a development key once into DATA_DIR/secrets.json', () => {
    const config = configWith({});
    const first = resolveFileKeys(config);
    expect(first.currentKeyId).toBe(LOCAL_FILE_KEY_ID);
    expect(resolveFileKeys(config).keys.get(LOCAL_FILE_KEY_ID)).toEqual(
      first.keys.get(LOCAL_FILE_KEY_ID),
    );
    const saved = JSON.parse(readFileSync(join(config.dataDir, 'secrets.json'), 'utf8')) as {
      fileEncryptionKey: string;
    };
    expect(parseFileKey(saved.fileEncryptionKey)).toEqual(first.keys.get(LOCAL_FILE_KEY_ID));
  });
});
