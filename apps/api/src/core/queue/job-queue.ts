import type { QueueName } from './queue-name.constant';

export type EnqueueOptions = {
  /** Same id twice is one job (idempotent producers). */
  jobId?: string;
  attempts?: number;
  delayMs?: number;
};

/**
 * What producers depend on. Bull on Redis in full mode; an in-process driver in embedded
 * mode. Durability of inbound events never rests on either: they are stored first.
 */
export abstract class JobQueue {
  abstract enqueue<T extends object>(
    queue: QueueName,
    name: string,
    data: T,
    options?: EnqueueOptions,
  ): Promise<void>;
  /** Throws when the queue backend cannot be reached. */
  abstract check(): Promise<void>;
}
