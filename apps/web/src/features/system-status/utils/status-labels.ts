import type { DependencyStatus, HealthDependency, ReadinessResponse } from '@loved/shared';

/** Display order and pt-BR name of each dependency the readiness check reports. */
export const DEPENDENCY_LABELS: Record<HealthDependency, string> = {
  database: 'Banco de dados',
  redis: 'Redis',
  storage: 'Armazenamento',
};

export const HEALTH_DEPENDENCIES = Object.keys(DEPENDENCY_LABELS) as HealthDependency[];

export const STATUS_LABELS: Record<DependencyStatus, string> = {
  up: 'Operacional',
  down: 'Indisponível',
  skipped: 'Não configurado',
};

export const MODE_LABELS: Record<ReadinessResponse['mode'], string> = {
  full: 'Completo',
  embedded: 'Embutido',
};

export function isHealthDependency(value: string): value is HealthDependency {
  return value in DEPENDENCY_LABELS;
}
