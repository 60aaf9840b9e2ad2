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

  /**
   * `enqueue`, given up after `timeoutMs` (Bull waits for Redis indefinitely): for producers
   * whose work is stored already and swept up later, so a request never hangs on the queue.
   */
  async enqueueWithin<T extends object>(
    timeoutMs: number,
    queue: QueueName,
    name: string,
    data: T,
    options?: EnqueueOptions,
  ): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the queue did not answer in time')), timeoutMs);
    });
    try {
      await Promise.race([this.enqueue(queue, name, data, options), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
