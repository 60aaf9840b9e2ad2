import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { OrganizationFiguresController } from './organization-figures.controller';
import { OrganizationFiguresService } from './organization-figures.service';

/** Monitoring figures of one organisation (the seed's MONITORAMENTO metrics, tenant-scoped). */
@Module({
  imports: [CommunicationsModule, IntegrationsModule],
  controllers: [OrganizationFiguresController],
  providers: [OrganizationFiguresService],
})
export class OrganizationFiguresModule {}
