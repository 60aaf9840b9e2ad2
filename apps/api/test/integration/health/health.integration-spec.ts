import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('health', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is live and ready with the database and local storage up', async () => {
    t = await createTestApp();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/health' })).json()).toEqual({
      status: 'ok',
    });
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ok',
      checks: { database: 'up', storage: 'up', redis: 'skipped' },
    });
  });

  it('answers 503 naming the dependency that is down', async () => {
    t = await createTestApp();
    // A file where the storage folder should be: the store cannot be used.
    writeFileSync(join(t.config.dataDir, 'files'), 'not a folder');
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.json()).toMatchObject({
      status: 503,
      errors: [{ field: 'storage', message: 'down' }],
    });
  });

  it('reports Redis down when it cannot be reached', async () => {
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' }, processJobs: false });
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json<{ detail: string }>().detail).toContain('redis');
  });
});
