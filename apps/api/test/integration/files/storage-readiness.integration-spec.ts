import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startS3TestServer, type S3TestServer } from '../../utils/s3-test-server';
import { rawStore, type RawStore } from '../../utils/storage.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('storage readiness on the s3 driver', () => {
  let s3: S3TestServer;
  let t: TestApp | undefined;
  let store: RawStore | undefined;

  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterEach(async () => {
    await t?.close();
    store?.close();
    t = undefined;
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('creates the missing bucket at boot and reports storage up', async () => {
    store = rawStore('s3', { endpoint: s3.endpoint, localDir: '' });
    t = await createTestApp({ env: store.env });
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ checks: { storage: 'up' } });
    expect(await store.list('')).toEqual([]);
  });

  it('reports storage down (503) when the S3 endpoint cannot be reached', async () => {
    store = rawStore('s3', { endpoint: 'http://127.0.0.1:1', localDir: '' });
    t = await createTestApp({ env: store.env });
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ errors: [{ field: 'storage', message: 'down' }] });
  });
});
