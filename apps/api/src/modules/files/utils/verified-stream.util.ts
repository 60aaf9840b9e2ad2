import { Readable } from 'node:stream';

/**
 * Waits for the first chunk of `stream` before handing it on. With decryption that means the
 * first segment has authenticated, so a tampered or missing object fails while the response
 * can still be a proper error. Later failures end the handed-on stream with the error (the
 * connection is cut short of its Content-Length), never with silently missing bytes.
 */
export async function afterFirstChunk(stream: Readable): Promise<Readable> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (first.done) return;
      yield first.value;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await iterator.return?.();
    }
  }
  return Readable.from(rest(), { objectMode: false });
}
