import type { INestApplicationContext } from '@nestjs/common';
import type { EnvironmentVariables } from '../config/environment.schema';
import { MetricsServer } from './metrics.server';

export type MetricsProcess = 'api' | 'worker';

/**
 * The loopback port a process serves `/metrics` on without a token: METRICS_PORT for the API,
 * the next one for the worker, so both can run on one host. Undefined when METRICS_PORT is unset.
 */
export function metricsPortFor(
  env: Pick<EnvironmentVariables, 'METRICS_PORT'>,
  process: MetricsProcess,
): number | undefined {
  if (env.METRICS_PORT === undefined) return undefined;
  return process === 'worker' ? env.METRICS_PORT + 1 : env.METRICS_PORT;
}

/** Starts the loopback metrics server when METRICS_PORT asks for one; returns its port. */
export async function serveMetricsPort(
  app: INestApplicationContext,
  env: Pick<EnvironmentVariables, 'METRICS_PORT'>,
  process: MetricsProcess,
): Promise<number | undefined> {
  const port = metricsPortFor(env, process);
  if (port !== undefined) await app.get(MetricsServer).listen(port);
  return port;
}
