import { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import {
  assertSafeKey,
  FileStorage,
  StoredObjectMissingError,
  type StorageDriver,
  type StoredRange,
} from './file-storage';
import { s3ClientConfig, type S3StorageOptions } from './s3-client.config';
import { uploadStream } from './s3-stream-upload';

const statusOf = (error: unknown): number | undefined =>
  error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;

/** Objects in one private S3-compatible bucket (AWS S3, SeaweedFS, Garage, MinIO, s3rver). */
export class S3Storage extends FileStorage {
  readonly driver: StorageDriver = 's3';
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client(s3ClientConfig(options));
  }

  /**
   * Creates the bucket when missing. A new bucket is private: no ACL or policy is set, so only
   * these credentials reach it, and every download goes through the API's tenant check.
   */
  async ensureReady(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      await this.client.send(new CreateBucketCommand({ Bucket: this.options.bucket }));
    }
  }

  async write(key: string, body: Readable): Promise<void> {
    assertSafeKey(key);
    await uploadStream({ client: this.client, bucket: this.options.bucket, key }, body);
  }

  async read(key: string, range?: StoredRange): Promise<Readable> {
    assertSafeKey(key);
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (statusOf(error) === 404) throw new StoredObjectMissingError(key);
      // The object ends before the range starts: no bytes, as a local file would give.
      if (statusOf(error) === 416) return Readable.from([]);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Also recreates a bucket that went missing, so a store that came up empty recovers. */
  async check(): Promise<void> {
    await this.ensureReady();
  }

  destroy(): void {
    this.client.destroy();
  }
}
