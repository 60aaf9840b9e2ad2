import { randomUUID } from 'node:crypto';
import { trace, type Span } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { JobQueue } from '../../../src/core/queue/job-queue';
import { QueueName } from '../../../src/core/queue/queue-name.constant';
import { SpanAttribute } from '../../../src/core/telemetry/span-attribute.constant';
import { asMember, register } from '../../utils/identity.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';
import { TraceProbeJob, withTraceProbe } from './trace-probe.module';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('job tracing', () => {
  // This file's process gets a tracer provider of its own (vitest runs each file in a fork).
  const exporter = new InMemorySpanExporter();
  const sdk = new NodeSDK({
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
    autoDetectResources: false,
  });
  const tracer = trace.getTracer('job-trace-spec');
  const apps: TestApp[] = [];

  beforeAll(() => sdk.start());
  afterAll(() => sdk.shutdown());
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    exporter.reset();
  });

  /** Runs `work` inside a span that ends once it is done, like an HTTP request's span. */
  const inParentSpan = (work: () => Promise<unknown>): Promise<Span> =>
    tracer.startActiveSpan('webhook request', async (span) => {
      await work();
      span.end();
      return span;
    });

  const jobSpan = (name: string): ReadableSpan | undefined =>
    exporter.getFinishedSpans().find((s) => s.name === `job webhooks/${name}`);

  it('processes a job from Bull in a span whose parent is the span that enqueued it', async () => {
    const env = { REDIS_URL, QUEUE_PREFIX: `test-${randomUUID()}` };
    const api = await createTestApp({ env, processJobs: false, wrapRootModule: withTraceProbe });
    const worker = await createTestApp({ env, processJobs: true, wrapRootModule: withTraceProbe });
    apps.push(api, worker);
    const jobId = `traced-${randomUUID()}`;

    const parent = await inParentSpan(() =>
      api.app
        .get(JobQueue)
        .enqueue(QueueName.Webhooks, 'trace.probe', { value: 'via-redis' }, { jobId }),
    );

    await vi.waitFor(() => expect(jobSpan('trace.probe')).toBeDefined(), { timeout: 10_000 });
    const span = jobSpan('trace.probe')!;
    expect(span.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(span.attributes[SpanAttribute.JobId]).toBe(jobId);
    expect(worker.app.get(TraceProbeJob).received).toEqual([{ value: 'via-redis' }]);
  });

  it('processes an in-process job in a span whose parent is the span that enqueued it', async () => {
    const t = await createTestApp({ wrapRootModule: withTraceProbe });
    apps.push(t);

    const parent = await inParentSpan(() =>
      t.app.get(JobQueue).enqueue(QueueName.Webhooks, 'trace.probe', { value: 'inline' }),
    );

    await vi.waitFor(() => expect(jobSpan('trace.probe')).toBeDefined(), { timeout: 5_000 });
    const span = jobSpan('trace.probe')!;
    expect(span.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(t.app.get(TraceProbeJob).received).toEqual([{ value: 'inline' }]);
  });

  it('names the request, organisation and user on the span of a tenant request', async () => {
    const t = await createTestApp();
    apps.push(t);
    const session = await register(t.app);
    const requestId = `trace-${randomUUID()}`;

    let status = 0;
    const span = await inParentSpan(async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/leads',
        headers: { ...asMember(session, session.organizationId), 'x-request-id': requestId },
      });
      status = res.statusCode;
    });

    expect(status).toBe(200);
    const finished = exporter
      .getFinishedSpans()
      .find((s) => s.spanContext().spanId === span.spanContext().spanId);
    expect(finished?.attributes).toMatchObject({
      [SpanAttribute.RequestId]: requestId,
      [SpanAttribute.OrganizationId]: session.organizationId,
      [SpanAttribute.UserId]: session.user.id,
    });
  });
});
