import type { Readable } from 'node:stream';

/** Private object storage: S3 (or MinIO) in full mode, a folder on disk in embedded mode. */
export abstract class FileStorage {
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  abstract read(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
  /** Throws when the store cannot be written to. */
  abstract check(): Promise<void>;
}

/** Keys are built by the app from ids; this refuses anything that could escape its prefix. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
  }
}
