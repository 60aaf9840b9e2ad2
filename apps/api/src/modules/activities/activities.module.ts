import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { LeadsModule } from '../leads/leads.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { ActivitiesController } from './activities.controller';
import { ActivitiesService } from './activities.service';
import { ActivityEntity } from './activity.entity';
import { ActivityRepository } from './activity.repository';
import { ActivityResponseService } from './activity-response.service';
import { LeadNextActivityService } from './lead-next-activity.service';
import { MyDayService } from './my-day.service';

@Module({
  imports: [LeadsModule, UsersModule, OrganizationsModule],
  controllers: [ActivitiesController],
  providers: [
    ActivityRepository,
    ActivitiesService,
    ActivityResponseService,
    LeadNextActivityService,
    MyDayService,
    provideTenantRepository(ActivityEntity),
  ],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
