import type { HealthDependency, ReadinessResponse } from '@loved/shared';

/** What one readiness check found: every dependency's state, or the ones that are down. */
export type ReadinessCheck =
  | { status: 'ready'; data: ReadinessResponse }
  /** The API answered 503: these dependencies are down (the others were not reported). */
  | { status: 'degraded'; down: HealthDependency[] };

/** What the status card shows: the check, or that it is running or failed. */
export type ReadinessView =
  { status: 'loading' } | ReadinessCheck | { status: 'error'; error: unknown };
