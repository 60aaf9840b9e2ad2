import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { closeRedis } from './close-redis';
import { REDIS_CLIENT } from './redis-client.constant';

type Handler = (message: string) => void;

/**
 * Broadcast to every process of the deployment: Redis pub/sub in full mode, an in-process
 * emitter in embedded mode (where there is only one process).
 */
@Injectable()
export class PubSubService implements OnApplicationShutdown {
  private readonly logger = new Logger(PubSubService.name);
  private readonly local = new EventEmitter();
  private subscriber: Redis | undefined;

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {
    this.local.setMaxListeners(0);
  }

  async publish(channel: string, message: string): Promise<void> {
    if (!this.redis) {
      this.local.emit(channel, message);
      return;
    }
    await this.redis.publish(channel, message);
  }

  subscribe(channel: string, handler: Handler): void {
    const first = this.local.listenerCount(channel) === 0;
    this.local.on(channel, handler);
    if (!this.redis || !first) return;
    if (!this.subscriber) {
      // Commands wait for the connection instead of failing, and ioredis resubscribes after a
      // reconnect: the process boots and keeps working while Redis is briefly away.
      this.subscriber = this.redis.duplicate({ maxRetriesPerRequest: null });
      this.subscriber.on('message', (from: string, message: string) =>
        this.local.emit(from, message),
      );
      this.subscriber.on('error', (error: Error) =>
        this.logger.warn({ err: error }, 'pub/sub connection error'),
      );
    }
    this.subscriber.subscribe(channel).catch((error: unknown) => {
      this.logger.warn({ err: error, channel }, 'pub/sub subscription failed');
    });
  }

  /** Stops `handler` (the Redis subscription of the channel stays: other handlers may share it). */
  unsubscribe(channel: string, handler: Handler): void {
    this.local.off(channel, handler);
  }

  async onApplicationShutdown(): Promise<void> {
    this.local.removeAllListeners();
    await closeRedis(this.subscriber);
  }
}
