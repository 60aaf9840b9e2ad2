import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobQueue } from '../../../src/core/queue/job-queue';
import { QueueName } from '../../../src/core/queue/queue-name.constant';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { ProbeJob, withQueueProbe } from './queue-probe.module';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('job queue', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  it('runs a job in process and retries it with backoff when no Redis is configured', async () => {
    const t = await createTestApp({ wrapRootModule: withQueueProbe });
    apps.push(t);
    await t.app
      .get(JobQueue)
      .enqueue(QueueName.Webhooks, 'probe.record', { value: 'inline', failTimes: 1 });
    const probe = t.app.get(ProbeJob);
    await vi.waitFor(() => expect(probe.handled).toEqual(['inline']), { timeout: 5_000 });
    expect(probe.attempts.get('inline')).toBe(2);
  });

  it('hands a job from the API process to a worker through Bull on Redis', async () => {
    const env = { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` };
    const api = await createTestApp({ env, processJobs: false, wrapRootModule: withQueueProbe });
    const worker = await createTestApp({ env, processJobs: true, wrapRootModule: withQueueProbe });
    apps.push(api, worker);

    await api.app.get(JobQueue).enqueue(QueueName.Webhooks, 'probe.record', { value: 'via-redis' });

    await vi.waitFor(() => expect(worker.app.get(ProbeJob).handled).toEqual(['via-redis']), {
      timeout: 10_000,
    });
    expect(api.app.get(ProbeJob).handled).toEqual([]);
  });

  it('reports Redis as up when it answers', async () => {
    const t = await createTestApp({
      env: { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` },
      processJobs: false,
    });
    apps.push(t);
    const ready = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.json()).toMatchObject({ checks: { redis: 'up' } });
  });
});
