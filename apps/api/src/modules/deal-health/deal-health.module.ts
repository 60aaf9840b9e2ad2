import { Module } from '@nestjs/common';
import { provideTenantRepository } from '../../core/tenancy/tenant-scoped.repository';
import { StageHealthSettingEntity } from './stage-health-setting.entity';
import { StageHealthSettingsController } from './stage-health-settings.controller';
import { StageHealthSettingsService } from './stage-health-settings.service';

/** Per-stage deal-health thresholds; the signals themselves are computed on each lead response. */
@Module({
  controllers: [StageHealthSettingsController],
  providers: [StageHealthSettingsService, provideTenantRepository(StageHealthSettingEntity)],
  exports: [StageHealthSettingsService],
})
export class DealHealthModule {}
