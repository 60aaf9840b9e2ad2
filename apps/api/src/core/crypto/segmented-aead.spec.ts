import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  createOpenStream,
  createSealStream,
  IntegrityError,
  SEGMENT_SIZE,
  sealedRangeFor,
  sealedSize,
  type ByteRange,
  type SegmentKey,
} from './segmented-aead';

const key: SegmentKey = { key: randomBytes(32), nonceBase: randomBytes(7) };

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Feeds in uneven chunks, as a socket would. */
const chunked = (bytes: Buffer, size = 10_007): Readable =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

const seal = (plain: Buffer): Promise<Buffer> =>
  collect(chunked(plain).pipe(createSealStream(key)));

const open = (sealed: Buffer, plainSize: number, range: ByteRange, k = key): Promise<Buffer> => {
  const stored = sealedRangeFor(plainSize, range);
  return collect(
    chunked(sealed.subarray(stored.start, stored.end + 1)).pipe(
      createOpenStream(k, { plainSize, range }),
    ),
  );
};

describe('segmented AES-256-GCM', () => {
  it.each([0, 1, SEGMENT_SIZE - 1, SEGMENT_SIZE, SEGMENT_SIZE + 1, 3 * SEGMENT_SIZE + 17])(
    'round-trips %i bytes with one tag per segment',
    async (size) => {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      expect(sealed.length).toBe(sealedSize(size));
      expect(await open(sealed, size, { start: 0, end: Math.max(size - 1, 0) })).toEqual(plain);
    },
  );

  it('decrypts any range from the segments that hold it only', async () => {
    const plain = randomBytes(5 * SEGMENT_SIZE + 123);
    const sealed = await seal(plain);
    for (const range of [
      { start: 0, end: 0 },
      { start: SEGMENT_SIZE - 3, end: SEGMENT_SIZE + 3 },
      { start: 2 * SEGMENT_SIZE, end: 4 * SEGMENT_SIZE + 9 },
      { start: plain.length - 5, end: plain.length - 1 },
    ]) {
      expect(await open(sealed, plain.length, range)).toEqual(
        plain.subarray(range.start, range.end + 1),
      );
    }
  });

  it('fails on a flipped byte, a cut at a segment boundary, extra bytes and another key', async () => {
    const plain = randomBytes(2 * SEGMENT_SIZE + 10);
    const sealed = await seal(plain);
    const all = { start: 0, end: plain.length - 1 };
    const flipped = Buffer.from(sealed);
    flipped[SEGMENT_SIZE + 100] ^= 1;
    await expect(open(flipped, plain.length, all)).rejects.toBeInstanceOf(IntegrityError);
    // Two whole segments, presented as a file of exactly that length: the second was not sealed last.
    const cut = sealed.subarray(0, sealedSize(2 * SEGMENT_SIZE));
    await expect(
      open(cut, 2 * SEGMENT_SIZE, { start: 0, end: 2 * SEGMENT_SIZE - 1 }),
    ).rejects.toBeInstanceOf(IntegrityError);
    await expect(
      collect(
        chunked(Buffer.concat([sealed, Buffer.from([0])])).pipe(
          createOpenStream(key, { plainSize: plain.length, range: all }),
        ),
      ),
    ).rejects.toThrow(/longer than expected/);
    await expect(
      collect(
        chunked(sealed.subarray(0, sealed.length - 1)).pipe(
          createOpenStream(key, { plainSize: plain.length, range: all }),
        ),
      ),
    ).rejects.toThrow(/truncated|authenticate/);
    const other = { key: randomBytes(32), nonceBase: key.nonceBase };
    await expect(open(sealed, plain.length, all, other)).rejects.toBeInstanceOf(IntegrityError);
  });
});
