/** Bull queues: webhooks are applied first, `low` runs when nothing else waits. */
export const QueueName = {
  Webhooks: 'webhooks',
  Default: 'default',
  Low: 'low',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

/** Share of the worker's concurrency each queue gets. */
export const QUEUE_CONCURRENCY_WEIGHT: Record<QueueName, number> = {
  webhooks: 2,
  default: 1,
  low: 0.5,
};

export const DEFAULT_JOB_ATTEMPTS = 5;
