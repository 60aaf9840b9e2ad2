import type { Readable } from 'node:stream';

export type StorageDriver = 'local' | 's3';

/** Inclusive byte range of a stored object, as in HTTP. */
export type StoredRange = { start: number; end: number };

/** The object the caller asked for is not in the store. */
export class StoredObjectMissingError extends Error {
  constructor(key: string) {
    super(`No stored object at ${JSON.stringify(key)}`);
    this.name = 'StoredObjectMissingError';
  }
}

/**
 * Private object storage: an S3-compatible bucket in full mode, a folder on disk in embedded
 * mode. Everything streams: a driver never holds a whole object in memory, and a write that
 * fails leaves no object behind.
 */
export abstract class FileStorage {
  abstract readonly driver: StorageDriver;
  /** Creates the private bucket or folder when missing (called at boot). */
  abstract ensureReady(): Promise<void>;
  /** Stores `body` under `key`; the object appears only once the whole stream was written. */
  abstract write(key: string, body: Readable): Promise<void>;
  /** The object's bytes, or the bytes of `range`; throws `StoredObjectMissingError`. */
  abstract read(key: string, range?: StoredRange): Promise<Readable>;
  /** Removes the object; removing a missing object is not an error. */
  abstract remove(key: string): Promise<void>;
  /** Throws when the store cannot be used. */
  abstract check(): Promise<void>;
}

/** Keys are built by the app from ids; this refuses anything that could escape its prefix. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
  }
}
