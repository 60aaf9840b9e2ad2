import { hkdfSync, randomBytes } from 'node:crypto';
import type { Transform } from 'node:stream';
import {
  createOpenStream,
  createSealStream,
  NONCE_BASE_SIZE,
  type ByteRange,
  type SegmentKey,
} from './segmented-aead';

/** Master keys by id: new files use `currentKeyId`; older ids stay to read older files. */
export type FileKeyRing = {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
};

/** What a file's row keeps to decrypt it again: which master key, and the file's own IV. */
export type FileSealing = { keyId: string; iv: Buffer };

export class UnknownFileKeyError extends Error {
  constructor(keyId: string) {
    super(`No file encryption key with id "${keyId}" is configured`);
    this.name = 'UnknownFileKeyError';
  }
}

const IV_SIZE = 16;
const KEY_SIZE = 32;
const HKDF_INFO = Buffer.from('loved-crm/file-encryption/v1');

/**
 * Files at rest: AES-256-GCM in authenticated 64 KiB segments (see `segmented-aead.ts`).
 * Each file gets a random IV from which HKDF derives its own key and nonce base, so nonces
 * never repeat under one key however many files a master key seals, and rotating the master
 * key needs no re-encryption: old files name the key id they were sealed with.
 */
export class FileEncryption {
  constructor(private readonly ring: FileKeyRing) {
    if (!ring.keys.has(ring.currentKeyId)) throw new UnknownFileKeyError(ring.currentKeyId);
    for (const [id, key] of ring.keys) {
      if (key.length !== KEY_SIZE) throw new Error(`File encryption key "${id}" is not 32 bytes`);
    }
  }

  /** A fresh sealing for a new file and the stream that encrypts it. */
  encrypt(): FileSealing & { stream: Transform } {
    const sealing = { keyId: this.ring.currentKeyId, iv: randomBytes(IV_SIZE) };
    return { ...sealing, stream: createSealStream(this.segmentKey(sealing)) };
  }

  /** Decrypts the stored bytes of `sealedRangeFor(plainSize, range)` into `range`'s plaintext. */
  decrypt(sealing: FileSealing, plainSize: number, range: ByteRange): Transform {
    return createOpenStream(this.segmentKey(sealing), { plainSize, range });
  }

  private segmentKey(sealing: FileSealing): SegmentKey {
    const master = this.ring.keys.get(sealing.keyId);
    if (!master) throw new UnknownFileKeyError(sealing.keyId);
    const derived = Buffer.from(
      hkdfSync('sha256', master, sealing.iv, HKDF_INFO, KEY_SIZE + NONCE_BASE_SIZE),
    );
    return { key: derived.subarray(0, KEY_SIZE), nonceBase: derived.subarray(KEY_SIZE) };
  }
}
