import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateApiKeySecret, isApiKeySecret } from './api-key-secret';

describe('API key secrets', () => {
  it('are lcrm_ + 256 random bits, stored as their SHA-256 with a 13-character prefix', () => {
    const { secret, hash, prefix } = generateApiKeySecret();
    expect(secret).toMatch(/^lcrm_[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(prefix).toBe(secret.slice(0, 13));
  });

  it('never repeat', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => generateApiKeySecret().secret));
    expect(secrets.size).toBe(1000);
  });

  it('are told apart from session tokens by their prefix', () => {
    expect(isApiKeySecret(generateApiKeySecret().secret)).toBe(true);
    expect(isApiKeySecret('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
    expect(isApiKeySecret(undefined)).toBe(false);
  });
});
