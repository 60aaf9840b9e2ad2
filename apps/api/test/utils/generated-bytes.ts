import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

const CHUNK = 64 * 1024;

/** Byte `i` of the deterministic test content for `seed` (cheap, not repeating per chunk). */
function fill(buffer: Buffer, offset: number, seed: number): void {
  for (let i = 0; i < buffer.length; i++) {
    const n = offset + i;
    buffer[i] = (n * 2654435761 + seed * 97 + (n >>> 11)) & 0xff;
  }
}

/** `size` bytes made on the fly, 64 KiB at a time: a big upload without a big buffer. */
export function generatedStream(size: number, seed = 1): Readable {
  let offset = 0;
  return new Readable({
    read(): void {
      if (offset >= size) return void this.push(null);
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, size - offset));
      fill(chunk, offset, seed);
      offset += chunk.length;
      this.push(chunk);
    },
  });
}

/** The same content as a buffer (for small files compared byte by byte). */
export function generatedBytes(size: number, seed = 1): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  fill(buffer, 0, seed);
  return buffer;
}

export async function sha256OfStream(stream: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk);
  return hash.digest('hex');
}
