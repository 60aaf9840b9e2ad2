import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BullJobQueue } from '../../../src/core/queue/bull-job-queue';
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

  it('repeats a job in process when no Redis is configured, until shutdown', async () => {
    const t = await createTestApp({ wrapRootModule: withQueueProbe });
    apps.push(t);
    await t.app.get(JobQueue).repeat(QueueName.Webhooks, 'probe.record', 50);
    const probe = t.app.get(ProbeJob);
    await vi.waitFor(() => expect(probe.handled.length).toBeGreaterThanOrEqual(3), {
      timeout: 5_000,
    });
    await t.close();
    apps.splice(apps.indexOf(t), 1);
    const after = probe.handled.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probe.handled.length).toBe(after);
  });

  it('runs a repeatable job once per tick however many processes schedule it', async () => {
    const env = { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` };
    const api = await createTestApp({ env, processJobs: false, wrapRootModule: withQueueProbe });
    const workers = [
      await createTestApp({ env, processJobs: true, wrapRootModule: withQueueProbe }),
      await createTestApp({ env, processJobs: true, wrapRootModule: withQueueProbe }),
    ];
    apps.push(api, ...workers);
    const everyMs = 300;
    const started = Date.now();
    for (const t of [api, ...workers]) {
      await t.app.get(JobQueue).repeat(QueueName.Webhooks, 'probe.record', everyMs);
    }
    const handled = (): number =>
      workers.reduce((sum, w) => sum + w.app.get(ProbeJob).handled.length, 0);
    await vi.waitFor(() => expect(handled()).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    const ticks = Math.floor((Date.now() - started) / everyMs) + 1;
    expect(handled()).toBeLessThanOrEqual(ticks);
    expect(api.app.get(ProbeJob).handled).toEqual([]);
    const queue = api.app.get(BullJobQueue).queue(QueueName.Webhooks);
    expect(await queue.getRepeatableJobs()).toEqual([
      expect.objectContaining({ name: 'probe.record', every: everyMs }),
    ]);
    // A new interval replaces the schedule instead of adding a second one.
    await api.app.get(JobQueue).repeat(QueueName.Webhooks, 'probe.record', 5_000);
    expect(await queue.getRepeatableJobs()).toEqual([
      expect.objectContaining({ name: 'probe.record', every: 5_000 }),
    ]);
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
