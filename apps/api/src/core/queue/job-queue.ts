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
  /**
   * Runs job `name` (with no payload) every `everyMs`, once per tick however many processes
   * schedule it: Bull keeps one repeatable job per name and interval; in process it is a timer.
   */
  abstract repeat(queue: QueueName, name: string, everyMs: number): Promise<void>;
  /** Throws when the queue backend cannot be reached. */
  abstract check(): Promise<void>;
}
