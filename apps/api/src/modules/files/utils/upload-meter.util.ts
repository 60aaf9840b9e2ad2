import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { SNIFF_BYTES } from './content-sniffer.util';

/** More bytes came than the limit allows; the upload is abandoned as soon as that is known. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`File exceeds ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

export type UploadSummary = {
  size: number;
  sha256: string;
  /** The first bytes, for content sniffing. */
  head: Buffer;
};

export type UploadMeter = { stream: Transform; summary: () => UploadSummary };

/**
 * A pass-through that learns what it can while the bytes flow by: size, SHA-256 and the head
 * for sniffing. It fails the stream the moment `maxBytes` is passed, so a too-large upload
 * ends before the store commits anything.
 */
export function createUploadMeter(maxBytes: number): UploadMeter {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let digest: string | undefined;
  const stream = new Transform({
    transform(data: Uint8Array, _encoding, done: TransformCallback): void {
      // Web streams (fetch) hand over Uint8Arrays; the stages after this one expect Buffers.
      const chunk = Buffer.isBuffer(data)
        ? data
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError(maxBytes));
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - headLength);
        head.push(part);
        headLength += part.length;
      }
      done(null, chunk);
    },
  });
  return {
    stream,
    summary: () => {
      digest ??= hash.digest('hex');
      return { size, sha256: digest, head: Buffer.concat(head) };
    },
  };
}
