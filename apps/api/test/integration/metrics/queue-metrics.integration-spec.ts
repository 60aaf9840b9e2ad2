import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobQueue } from '../../../src/core/queue/job-queue';
import { QueueName } from '../../../src/core/queue/queue-name.constant';
import { METRICS_TOKEN, sampleValue, scrape } from '../../utils/metrics.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { ProbeJob, withQueueProbe } from '../queue/queue-probe.module';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const JOB = 'probe.record';
const jobs = (outcome: string) => ({ queue: QueueName.Webhooks, job: JOB, outcome });

describe('queue metrics', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  it('exports Bull depth from the API and counts in the worker the jobs it runs', async () => {
    const env = { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}`, METRICS_TOKEN };
    const api = await createTestApp({ env, processJobs: false, wrapRootModule: withQueueProbe });
    apps.push(api);
    const queue = api.app.get(JobQueue);

    // No worker yet: the jobs wait, and a delayed one stays delayed.
    await queue.enqueue(QueueName.Webhooks, JOB, { value: 'first', failTimes: 1 });
    await queue.enqueue(QueueName.Webhooks, JOB, { value: 'second' });
    await queue.enqueue(QueueName.Webhooks, JOB, { value: 'later' }, { delayMs: 600_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waiting = await scrape(api.app);
    expect(sampleValue(waiting, 'queue_jobs', { queue: 'webhooks', state: 'waiting' })).toBe(2);
    expect(sampleValue(waiting, 'queue_jobs', { queue: 'webhooks', state: 'delayed' })).toBe(1);
    expect(sampleValue(waiting, 'queue_jobs', { queue: 'default', state: 'waiting' })).toBe(0);
    expect(
      sampleValue(waiting, 'queue_oldest_waiting_job_age_seconds', { queue: 'webhooks' }),
    ).toBeGreaterThan(0);
    expect(sampleValue(waiting, 'queue_oldest_waiting_job_age_seconds', { queue: 'default' })).toBe(
      0,
    );

    const worker = await createTestApp({
      env: { ...env, JOB_BACKOFF_MS: '10' },
      processJobs: true,
      wrapRootModule: withQueueProbe,
    });
    apps.push(worker);
    await vi.waitFor(
      () => expect(worker.app.get(ProbeJob).handled.sort()).toEqual(['first', 'second']),
      { timeout: 10_000 },
    );

    const ran = await scrape(worker.app);
    expect(sampleValue(ran, 'queue_jobs_processed_total', jobs('completed'))).toBe(2);
    expect(sampleValue(ran, 'queue_jobs_processed_total', jobs('failed'))).toBe(1);
    // The API ran nothing; it only sees the backlog drain.
    const after = await scrape(api.app);
    expect(sampleValue(after, 'queue_jobs_processed_total', jobs('completed'))).toBeUndefined();
    expect(sampleValue(after, 'queue_jobs', { queue: 'webhooks', state: 'waiting' })).toBe(0);
    expect(sampleValue(after, 'queue_jobs', { queue: 'webhooks', state: 'delayed' })).toBe(1);
  });

  it('counts jobs run in process when no Redis is configured, without depth gauges', async () => {
    const t = await createTestApp({
      env: { METRICS_TOKEN, JOB_BACKOFF_MS: '10' },
      wrapRootModule: withQueueProbe,
    });
    apps.push(t);
    await t.app.get(JobQueue).enqueue(QueueName.Webhooks, JOB, { value: 'inline', failTimes: 2 });
    await vi.waitFor(() => expect(t.app.get(ProbeJob).handled).toEqual(['inline']), {
      timeout: 5_000,
    });

    const text = await scrape(t.app);
    expect(sampleValue(text, 'queue_jobs_processed_total', jobs('completed'))).toBe(1);
    expect(sampleValue(text, 'queue_jobs_processed_total', jobs('failed'))).toBe(2);
    expect(sampleValue(text, 'queue_jobs')).toBeUndefined();
  });
});
