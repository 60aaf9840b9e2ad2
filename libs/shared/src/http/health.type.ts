export const DependencyStatus = {
  Up: 'up',
  Down: 'down',
  Skipped: 'skipped',
} as const;
export type DependencyStatus = (typeof DependencyStatus)[keyof typeof DependencyStatus];

export type HealthDependency = 'database' | 'redis' | 'storage';

export type ReadinessResponse = {
  status: 'ok';
  mode: 'full' | 'embedded';
  checks: Record<HealthDependency, DependencyStatus>;
};
