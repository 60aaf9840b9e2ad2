import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import {
  JOB_HANDLER_METADATA,
  type JobHandlerMetadata,
  type JobProcessor,
} from './job-handler.decorator';
import type { QueueName } from './queue-name.constant';

export class UnknownJobError extends Error {
  constructor(queue: string, name: string) {
    super(`No handler for job "${name}" on queue "${queue}"`);
  }
}

/** Finds every `@JobHandler` provider at boot and routes jobs to it. */
@Injectable()
export class JobRegistryService implements OnApplicationBootstrap {
  private readonly handlers = new Map<string, JobProcessor<unknown>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance) continue;
      const meta = this.reflector.get<JobHandlerMetadata | undefined>(
        JOB_HANDLER_METADATA,
        metatype,
      );
      if (meta) this.handlers.set(key(meta.queue, meta.name), instance as JobProcessor<unknown>);
    }
  }

  async dispatch(queue: QueueName, name: string, data: unknown): Promise<void> {
    const handler = this.handlers.get(key(queue, name));
    if (!handler) throw new UnknownJobError(queue, name);
    await handler.handle(data);
  }
}

const key = (queue: string, name: string): string => `${queue}:${name}`;
