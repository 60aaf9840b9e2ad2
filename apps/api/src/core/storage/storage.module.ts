import { join, resolve } from 'node:path';
import {
  Global,
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

function createStorage(config: AppConfig): FileStorage {
  const env = config.env;
  if (env.STORAGE_DRIVER === 'local') {
    return new LocalDiskStorage(
      env.STORAGE_LOCAL_DIR ? resolve(env.STORAGE_LOCAL_DIR) : join(config.dataDir, 'files'),
    );
  }
  return new S3Storage({
    bucket: env.S3_BUCKET ?? '',
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
  });
}

@Global()
@Module({})
export class StorageModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StorageModule.name);

  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StorageModule,
      providers: [{ provide: FileStorage, useValue: createStorage(config) }],
      exports: [FileStorage],
    };
  }

  /**
   * Creates the private bucket (or folder) when missing. A store that is down at boot does not
   * stop the API: readiness reports it, and everything else keeps working until it is back.
   */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.storage.ensureReady();
    } catch (error) {
      this.logger.error(
        `File storage (${this.storage.driver}) is not ready: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
