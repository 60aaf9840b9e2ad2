import { Module } from '@nestjs/common';
import { IntegrationsModule } from '../integrations/integrations.module';
import { DetailedHealthController } from './detailed-health.controller';
import { DetailedHealthService } from './detailed-health.service';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [IntegrationsModule],
  controllers: [HealthController, DetailedHealthController],
  providers: [HealthService, DetailedHealthService],
})
export class HealthModule {}
