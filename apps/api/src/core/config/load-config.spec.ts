import { describe, expect, it } from 'vitest';
import { ConfigValidationError, loadConfig } from './load-config';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('applies defaults when the environment is empty', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.STORAGE_DRIVER).toBe('local');
  });

  it('parses numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO: 'true', DATABASE_MIGRATE_ON_BOOT: '0' });
    expect(config.PORT).toBe(8080);
    expect(config.SEED_DEMO).toBe(true);
    expect(config.DATABASE_MIGRATE_ON_BOOT).toBe(false);
  });

  it('names the variable that is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrowError(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrowError(/DATABASE_URL/);
  });

  it('requires a long JWT_SECRET in production', () => {
    const attempt = (): unknown => loadConfig({ NODE_ENV: 'production' });
    expect(attempt).toThrowError(ConfigValidationError);
    expect(attempt).toThrowError(/JWT_SECRET/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        FILE_ENCRYPTION_KEY: KEY,
        CREDENTIALS_ENCRYPTION_KEY: KEY,
      }),
    ).not.toThrow();
  });

  it('requires a 32-byte CREDENTIALS_ENCRYPTION_KEY in production, and checks any given', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      FILE_ENCRYPTION_KEY: KEY,
    };
    expect(() => loadConfig(production)).toThrowError(/CREDENTIALS_ENCRYPTION_KEY/);
    expect(() => loadConfig({ CREDENTIALS_ENCRYPTION_KEY: 'short' })).toThrowError(
      /CREDENTIALS_ENCRYPTION_KEY/,
    );
    expect(() => loadConfig({ ...production, CREDENTIALS_ENCRYPTION_KEY: KEY })).not.toThrow();
  });

  it('requires a 32-byte FILE_ENCRYPTION_KEY in production, and checks any given', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig(production)).toThrowError(/FILE_ENCRYPTION_KEY/);
    expect(() => loadConfig({ FILE_ENCRYPTION_KEY: 'too-short' })).toThrowError(
      /FILE_ENCRYPTION_KEY/,
    );
    expect(loadConfig({ FILE_ENCRYPTION_KEY: 'ab'.repeat(32) }).MAX_FILE_SIZE_MB).toBe(50);
    expect(() =>
      loadConfig({ FILE_ENCRYPTION_PREVIOUS_KEYS: `old:${KEY},older:${'cd'.repeat(32)}` }),
    ).not.toThrow();
    expect(() => loadConfig({ FILE_ENCRYPTION_PREVIOUS_KEYS: 'old' })).toThrowError(
      /FILE_ENCRYPTION_PREVIOUS_KEYS/,
    );
  });

  it('requires the S3 settings when the s3 driver is chosen', () => {
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrowError(/S3_BUCKET/);
  });
});
