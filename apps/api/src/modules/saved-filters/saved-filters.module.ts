import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { SavedFilterEntity } from './saved-filter.entity';
import { SavedFiltersController } from './saved-filters.controller';
import { SavedFiltersService } from './saved-filters.service';

/** Each user's named filters of the board and the lead list. */
@Module({
  controllers: [SavedFiltersController],
  providers: [SavedFiltersService, provideTenantRepository(SavedFilterEntity)],
})
export class SavedFiltersModule {}
