import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';

/** S3's smallest part (except the last); one buffer of this size is all an upload holds. */
export const S3_PART_SIZE = 5 * 1024 * 1024;

export type S3StreamUploadTarget = { client: S3Client; bucket: string; key: string };

/**
 * Uploads a stream of unknown length without holding it: parts of 5 MiB go up one at a time
 * through a single reused buffer (a plain PUT needs the length up front, and the SDK would
 * buffer the whole body to learn it). An object smaller than one part is one PUT. On failure
 * the multipart upload is aborted, so no part lingers in the bucket.
 */
export async function uploadStream(target: S3StreamUploadTarget, body: Readable): Promise<void> {
  const { client, bucket, key } = target;
  const part = Buffer.allocUnsafe(S3_PART_SIZE);
  let filled = 0;
  let uploadId: string | undefined;
  const parts: CompletedPart[] = [];

  const flushPart = async (): Promise<void> => {
    uploadId ??= (await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key })))
      .UploadId;
    const PartNumber = parts.length + 1;
    const { ETag } = await client.send(
      new UploadPartCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        PartNumber,
        Body: part.subarray(0, filled),
        ContentLength: filled,
      }),
    );
    parts.push({ ETag, PartNumber });
    filled = 0;
  };

  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const count = chunk.copy(part, filled, offset);
        filled += count;
        offset += count;
        if (filled === S3_PART_SIZE) await flushPart();
      }
    }
    if (!uploadId) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: part.subarray(0, filled),
          ContentLength: filled,
          ContentType: 'application/octet-stream',
        }),
      );
      return;
    }
    if (filled > 0) await flushPart();
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
  } catch (error) {
    if (uploadId) {
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
        .catch(() => undefined);
    }
    throw error;
  }
}
