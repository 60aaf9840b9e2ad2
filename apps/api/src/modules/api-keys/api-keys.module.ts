import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { UsersModule } from '../users/users.module';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyNamesService } from './api-key-names.service';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';

/** Organisation API keys for other systems (authentication itself is core's, in the guards). */
@Module({
  imports: [UsersModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysService, ApiKeyNamesService, provideTenantRepository(ApiKeyEntity)],
  exports: [ApiKeyNamesService],
})
export class ApiKeysModule {}
