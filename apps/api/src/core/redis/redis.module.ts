import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { closeRedis } from './close-redis';
import { PubSubService } from './pub-sub.service';
import { REDIS_CLIENT } from './redis-client.constant';
import { RateLimiterService } from './rate-limiter.service';

/** Closes the shared Redis connection (when there is one) with the application. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}

/** One shared Redis connection for counters and pub/sub publishing; `null` without REDIS_URL. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(config: AppConfig): DynamicModule {
    const url = config.env.REDIS_URL;
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          useFactory: () => {
            if (!url) return null;
            const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
            // ioredis reconnects by itself; without a listener each failed attempt is printed
            // as an unhandled error instead of a structured log line.
            const logger = new Logger('Redis');
            redis.on('error', (error: Error) =>
              logger.warn({ err: error }, 'Redis connection error'),
            );
            return redis;
          },
        },
        RedisCloser,
        PubSubService,
        RateLimiterService,
      ],
      exports: [REDIS_CLIENT, PubSubService, RateLimiterService],
    };
  }
}
