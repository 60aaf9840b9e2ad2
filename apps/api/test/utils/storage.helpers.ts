import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { s3ClientConfig } from '../../src/core/storage/s3-client.config';

export type DriverName = 'local' | 's3';

/** s3rver knows one account; it does not check the secret (or any signature). */
const S3RVER_KEY = 'S3RVER';

/** How a test reaches the raw objects of one app's store, under the API's back. */
export type RawStore = {
  env: Record<string, string>;
  list: (prefix: string) => Promise<string[]>;
  read: (key: string) => Promise<Buffer>;
  write: (key: string, bytes: Buffer) => Promise<void>;
  close: () => void;
};

export function rawStore(
  driver: DriverName,
  options: { endpoint?: string; localDir: string },
): RawStore {
  if (driver === 'local') {
    const root = options.localDir;
    return {
      env: { STORAGE_DRIVER: 'local', STORAGE_LOCAL_DIR: root },
      list: async (prefix) => {
        const entries = await readdir(join(root, prefix), { recursive: true }).catch(() => []);
        return entries.map((entry) => `${prefix}/${entry}`);
      },
      read: (key) => readFile(join(root, key)),
      write: (key, bytes) => writeFile(join(root, key), bytes),
      close: () => undefined,
    };
  }
  // A fresh bucket per app: tests never see each other's objects, and boot must create it.
  const bucket = `loved-test-${randomBytes(6).toString('hex')}`;
  const client = new S3Client(
    s3ClientConfig({
      bucket,
      region: 'us-east-1',
      endpoint: options.endpoint,
      forcePathStyle: true,
      accessKeyId: S3RVER_KEY,
      secretAccessKey: S3RVER_KEY,
    }),
  );
  return {
    env: {
      STORAGE_DRIVER: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: options.endpoint ?? '',
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3RVER_KEY,
      S3_SECRET_ACCESS_KEY: S3RVER_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    },
    list: async (prefix) => {
      const listed = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }),
      );
      return (listed.Contents ?? []).map((object) => object.Key ?? '');
    },
    read: async (key) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    write: async (key, bytes) => {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
    },
    close: () => client.destroy(),
  };
}

export const readStream = (path: string): Readable => createReadStream(path);
