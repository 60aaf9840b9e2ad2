import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { LostReasonEntity } from './lost-reason.entity';
import { LostReasonsController } from './lost-reasons.controller';
import { LostReasonsService } from './lost-reasons.service';

/** Each organisation's list of reasons a deal is lost (defaults seeded with the organisation). */
@Module({
  controllers: [LostReasonsController],
  providers: [LostReasonsService, provideTenantRepository(LostReasonEntity)],
})
export class LostReasonsModule {}
