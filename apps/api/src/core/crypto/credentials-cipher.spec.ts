import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialsCipher, CredentialsIntegrityError } from './credentials-cipher';

const ring = (currentKeyId: string, entries: Array<[string, Buffer]>) => ({
  currentKeyId,
  keys: new Map(entries),
});

describe('CredentialsCipher', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);

  it('opens what it sealed, and the sealed bytes do not contain the secret', () => {
    const cipher = new CredentialsCipher(ring('k1', [['k1', k1]]));
    const { sealed, keyId } = cipher.seal({ access_token: 'EAAG-secret-token' }, 'org-a:whatsapp');
    expect(keyId).toBe('k1');
    expect(sealed.toString('latin1')).not.toContain('EAAG-secret-token');
    expect(cipher.open(sealed, keyId, 'org-a:whatsapp')).toEqual({
      access_token: 'EAAG-secret-token',
    });
  });

  it('refuses a value copied onto another organisation (bound context)', () => {
    const cipher = new CredentialsCipher(ring('k1', [['k1', k1]]));
    const { sealed, keyId } = cipher.seal({ token: 't' }, 'org-a:whatsapp');
    expect(() => cipher.open(sealed, keyId, 'org-b:whatsapp')).toThrow(CredentialsIntegrityError);
  });

  it('refuses a tampered value', () => {
    const cipher = new CredentialsCipher(ring('k1', [['k1', k1]]));
    const { sealed, keyId } = cipher.seal({ token: 't' }, 'ctx');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.open(sealed, keyId, 'ctx')).toThrow(CredentialsIntegrityError);
  });

  it('rotates: seals with the current key and still opens values of a previous one', () => {
    const old = new CredentialsCipher(ring('k1', [['k1', k1]]));
    const { sealed } = old.seal({ token: 'old' }, 'ctx');
    const rotated = new CredentialsCipher(
      ring('k2', [
        ['k1', k1],
        ['k2', k2],
      ]),
    );
    expect(rotated.open(sealed, 'k1', 'ctx')).toEqual({ token: 'old' });
    expect(rotated.isStale('k1')).toBe(true);
    expect(rotated.seal({ token: 'new' }, 'ctx').keyId).toBe('k2');
  });

  it('names a missing key instead of failing obscurely', () => {
    const cipher = new CredentialsCipher(ring('k2', [['k2', k2]]));
    const sealed = new CredentialsCipher(ring('k1', [['k1', k1]])).seal({ a: 1 }, 'ctx').sealed;
    expect(() => cipher.open(sealed, 'k1', 'ctx')).toThrow(/no key with id "k1"/);
  });
});
