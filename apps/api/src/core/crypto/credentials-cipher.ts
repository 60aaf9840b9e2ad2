import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export type CredentialKeyRing = { currentKeyId: string; keys: ReadonlyMap<string, Buffer> };

export type SealedCredentials = { sealed: Buffer; keyId: string };

const FORMAT_VERSION = 1;
const IV_SIZE = 12;
const TAG_SIZE = 16;
const HEADER_SIZE = 1 + IV_SIZE + TAG_SIZE;

export class CredentialsIntegrityError extends Error {
  constructor(detail: string) {
    super(`Sealed credentials could not be opened: ${detail}`);
    this.name = 'CredentialsIntegrityError';
  }
}

/**
 * Seals small secrets (provider tokens, app secrets) as JSON with AES-256-GCM. Layout:
 * version ‖ iv ‖ tag ‖ ciphertext. The caller's `context` (organisation and provider) is bound
 * as associated data, so a sealed value copied onto another row does not open. The key id is
 * stored beside the value, so keys rotate without re-sealing everything at once.
 */
export class CredentialsCipher {
  constructor(private readonly ring: CredentialKeyRing) {
    if (!ring.keys.has(ring.currentKeyId)) {
      throw new Error(`The current credentials key "${ring.currentKeyId}" is not in the key ring`);
    }
  }

  seal(value: object, context: string): SealedCredentials {
    const iv = randomBytes(IV_SIZE);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.ring.currentKeyId), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([
      cipher.update(JSON.stringify(value), 'utf8'),
      cipher.final(),
    ]);
    const header = Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag()]);
    return { sealed: Buffer.concat([header, ciphertext]), keyId: this.ring.currentKeyId };
  }

  open<T>(sealed: Buffer, keyId: string, context: string): T {
    if (sealed.length < HEADER_SIZE || sealed[0] !== FORMAT_VERSION) {
      throw new CredentialsIntegrityError('unknown format');
    }
    const iv = sealed.subarray(1, 1 + IV_SIZE);
    const tag = sealed.subarray(1 + IV_SIZE, HEADER_SIZE);
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    let plaintext: string;
    try {
      plaintext = Buffer.concat([
        decipher.update(sealed.subarray(HEADER_SIZE)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new CredentialsIntegrityError('the authentication tag does not match');
    }
    return JSON.parse(plaintext) as T;
  }

  /** Whether a value sealed under `keyId` should be re-sealed with the current key. */
  isStale(keyId: string): boolean {
    return keyId !== this.ring.currentKeyId;
  }

  private key(keyId: string): Buffer {
    const key = this.ring.keys.get(keyId);
    if (!key) throw new CredentialsIntegrityError(`no key with id "${keyId}" is configured`);
    return key;
  }
}
