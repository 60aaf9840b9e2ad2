import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FileEncryption, UnknownFileKeyError } from './file-encryption';
import { sealedRangeFor } from './segmented-aead';

const collect = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('FileEncryption', () => {
  const old = randomBytes(32);
  const current = randomBytes(32);

  it('seals under the current key id and opens files sealed under a previous one', async () => {
    const before = new FileEncryption({ currentKeyId: 'k1', keys: new Map([['k1', old]]) });
    const plain = randomBytes(100_000);
    const sealing = before.encrypt();
    expect(sealing.keyId).toBe('k1');
    expect(sealing.iv).toHaveLength(16);
    const sealed = await collect(Readable.from([plain]).pipe(sealing.stream));

    const rotated = new FileEncryption({
      currentKeyId: 'k2',
      keys: new Map([
        ['k1', old],
        ['k2', current],
      ]),
    });
    expect(rotated.encrypt().keyId).toBe('k2');
    const range = { start: 0, end: plain.length - 1 };
    const stored = sealedRangeFor(plain.length, range);
    const opened = await collect(
      Readable.from([sealed.subarray(stored.start, stored.end + 1)]).pipe(
        rotated.decrypt(sealing, plain.length, range),
      ),
    );
    expect(opened).toEqual(plain);
  });

  it('gives every file its own IV, so equal content never seals alike', async () => {
    const encryption = new FileEncryption({ currentKeyId: 'k', keys: new Map([['k', current]]) });
    const plain = Buffer.from('same bytes');
    const a = await collect(Readable.from([plain]).pipe(encryption.encrypt().stream));
    const b = await collect(Readable.from([plain]).pipe(encryption.encrypt().stream));
    expect(a.equals(b)).toBe(false);
  });

  it('refuses an unknown key id', () => {
    const encryption = new FileEncryption({ currentKeyId: 'k', keys: new Map([['k', current]]) });
    expect(() =>
      encryption.decrypt({ keyId: 'gone', iv: randomBytes(16) }, 1, { start: 0, end: 0 }),
    ).toThrow(UnknownFileKeyError);
  });
});
