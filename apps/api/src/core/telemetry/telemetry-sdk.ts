import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

const FLUSH_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Starts tracing: HTTP, pg and ioredis spans sent by OTLP/HTTP (JSON) to
 * OTEL_EXPORTER_OTLP_ENDPOINT. Only `instrument.ts` calls it, before the app is imported,
 * because an instrumentation patches a library only when it is loaded after `start()`.
 */
export function startTelemetry(defaultServiceName: string): NodeSDK {
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? defaultServiceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation(),
      new PgInstrumentation(),
      new IORedisInstrumentation(),
    ],
    // Traces only: metrics are scraped by Prometheus and logs go to stdout.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  flushBeforeExit(sdk);
  return sdk;
}

/**
 * Spans are batched, so the last ones are sent on the way out. Nest closes the app on the
 * first signal and raises it again once closed; the SDK flushes on that second one, when it is
 * the only listener left, so the spans of the shutdown itself are sent too.
 */
function flushBeforeExit(sdk: NodeSDK): void {
  const handleSignal = (signal: NodeJS.Signals): void => {
    if (process.listenerCount(signal) > 1) return;
    for (const s of FLUSH_SIGNALS) process.removeListener(s, handleSignal);
    void sdk
      .shutdown()
      .catch(() => undefined)
      .finally(() => process.kill(process.pid, signal));
  };
  for (const signal of FLUSH_SIGNALS) process.on(signal, handleSignal);
  process.once('beforeExit', () => void sdk.shutdown().catch(() => undefined));
}
