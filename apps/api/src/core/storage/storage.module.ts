import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

function createStorage(config: AppConfig): FileStorage {
  const env = config.env;
  if (env.STORAGE_DRIVER === 'local') return new LocalDiskStorage(join(config.dataDir, 'files'));
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
export class StorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StorageModule,
      providers: [{ provide: FileStorage, useValue: createStorage(config) }],
      exports: [FileStorage],
    };
  }
}
