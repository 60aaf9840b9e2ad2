import type { S3ClientConfig } from '@aws-sdk/client-s3';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** Unset = AWS S3; set for MinIO, SeaweedFS, Garage, s3rver… */
  endpoint?: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`: what self-hosted stores need. */
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * The client's settings. Checksums only where the S3 API requires them: since 2025 the SDK adds
 * CRC32 checksums (and aws-chunked bodies) to every upload by default, which many S3-compatible
 * stores reject, and the files carry their own authentication tags anyway.
 */
export function s3ClientConfig(options: S3StorageOptions): S3ClientConfig {
  return {
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  };
}
