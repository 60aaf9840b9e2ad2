import { SetMetadata } from '@nestjs/common';
import type { QueueName } from './queue-name.constant';

export const JOB_HANDLER_METADATA = 'loved:job-handler';

export type JobHandlerMetadata = { queue: QueueName; name: string };

/** Marks a provider whose `handle(data)` processes jobs of this name on this queue. */
export const JobHandler = (queue: QueueName, name: string): ClassDecorator =>
  SetMetadata(JOB_HANDLER_METADATA, { queue, name } satisfies JobHandlerMetadata);

export type JobProcessor<T> = {
  handle(data: T): Promise<void>;
};
