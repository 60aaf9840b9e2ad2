import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { SpanAttribute } from './span-attribute.constant';

/** W3C trace context headers (`traceparent`, `tracestate`) of the span that enqueued a job. */
export type TraceCarrier = Record<string, string>;

/** Field of the stored job payload that carries the producer's trace context. */
export const TRACE_CARRIER_FIELD = '_trace';

/** A job payload as stored in the queue; handlers only ever see `T`. */
export type TracedJobData<T extends object> = T & { [TRACE_CARRIER_FIELD]?: TraceCarrier };

const tracer = trace.getTracer('loved-crm-jobs');

/**
 * The payload to store, with the active trace context beside it. Without a registered SDK the
 * propagator writes nothing, and the payload goes unchanged.
 */
export function withTraceCarrier<T extends object>(data: T): TracedJobData<T> {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? { ...data, [TRACE_CARRIER_FIELD]: carrier } : data;
}

export type JobSpanOptions = {
  queue: string;
  name: string;
  jobId?: string | number;
  attempt?: number;
};

/**
 * Runs a job's handler in a span `job <queue>/<name>` whose parent is the span that enqueued
 * it, so one trace follows a webhook from its request into the worker. The handler gets the
 * payload without the carrier.
 */
export async function runInJobSpan<R>(
  options: JobSpanOptions,
  stored: object,
  work: (data: object) => Promise<R>,
): Promise<R> {
  const { carrier, data } = splitCarrier(stored);
  const parent = carrier ? propagation.extract(context.active(), carrier) : context.active();
  return tracer.startActiveSpan(
    `job ${options.queue}/${options.name}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'bull',
        'messaging.destination.name': options.queue,
        'messaging.operation.type': 'process',
        ...(options.jobId === undefined ? {} : { [SpanAttribute.JobId]: String(options.jobId) }),
        ...(options.attempt === undefined ? {} : { [SpanAttribute.JobAttempt]: options.attempt }),
      },
    },
    parent,
    async (span) => {
      try {
        return await work(data);
      } catch (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

function splitCarrier(stored: object): { carrier?: TraceCarrier; data: object } {
  if (!(TRACE_CARRIER_FIELD in stored)) return { data: stored };
  const { [TRACE_CARRIER_FIELD]: carrier, ...data } = stored as TracedJobData<object>;
  return { carrier, data };
}
