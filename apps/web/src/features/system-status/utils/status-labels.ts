import type { HealthDependency } from '@loved/shared';

/** Display order of the dependencies the readiness check reports; names are in the dictionary. */
const DEPENDENCIES: Record<HealthDependency, true> = { database: true, redis: true, storage: true };

export const HEALTH_DEPENDENCIES = Object.keys(DEPENDENCIES) as HealthDependency[];

export function isHealthDependency(value: string): value is HealthDependency {
  return value in DEPENDENCIES;
}
