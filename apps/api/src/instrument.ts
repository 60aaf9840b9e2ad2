/**
 * Loaded before the app with `node --import ./dist/apps/api/instrument.mjs`, so tracing starts
 * before pg, ioredis and http are imported. Without OTEL_EXPORTER_OTLP_ENDPOINT it loads nothing.
 */
import { basename } from 'node:path';

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { startTelemetry } = await import('./core/telemetry/telemetry-sdk');
  const entry = basename(process.argv[1] ?? '');
  startTelemetry(entry.startsWith('worker') ? 'loved-crm-worker' : 'loved-crm-api');
}
