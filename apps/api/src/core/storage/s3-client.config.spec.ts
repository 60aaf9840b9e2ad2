import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3ClientConfig } from './s3-client.config';

type SentRequest = {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
};

/**
 * s3rver does not check signatures, so the integration tests cannot catch a wrong region,
 * credential or addressing style. This signs a real request and reads what would go out.
 */
async function sentRequest(forcePathStyle: boolean): Promise<SentRequest> {
  let captured: SentRequest | undefined;
  const client = new S3Client({
    ...s3ClientConfig({
      bucket: 'loved-crm',
      region: 'sa-east-1',
      endpoint: 'http://storage.internal:8333',
      forcePathStyle,
      accessKeyId: 'AKIDLOVEDTEST',
      secretAccessKey: 'secret-not-sent',
    }),
    requestHandler: {
      handle: async (request: SentRequest) => {
        captured = request;
        return { response: { statusCode: 200, headers: {}, body: Readable.from([]) } };
      },
    },
  });
  await client.send(new GetObjectCommand({ Bucket: 'loved-crm', Key: 'files/org/file' }));
  client.destroy();
  return captured!;
}

describe('s3ClientConfig', () => {
  it('addresses the configured endpoint path-style, as self-hosted stores need', async () => {
    const request = await sentRequest(true);
    expect(request.protocol).toBe('http:');
    expect(request.hostname).toBe('storage.internal');
    expect(request.port).toBe(8333);
    expect(request.path).toBe('/loved-crm/files/org/file');
  });

  it('addresses the bucket as a subdomain when path-style is off (AWS S3)', async () => {
    const request = await sentRequest(false);
    expect(request.hostname).toBe('loved-crm.storage.internal');
    expect(request.path).toBe('/files/org/file');
  });

  it('signs with SigV4 for the configured region and access key, never sending the secret', async () => {
    const request = await sentRequest(true);
    const authorization = request.headers.authorization;
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDLOVEDTEST\/\d{8}\/sa-east-1\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/,
    );
    expect(JSON.stringify(request.headers)).not.toContain('secret-not-sent');
  });

  it('adds no optional checksums that S3-compatible stores may reject', () => {
    const config = s3ClientConfig({
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: true,
      accessKeyId: 'a',
      secretAccessKey: 's',
    });
    expect(config.requestChecksumCalculation).toBe('WHEN_REQUIRED');
    expect(config.responseChecksumValidation).toBe('WHEN_REQUIRED');
  });
});
