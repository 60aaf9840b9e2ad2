import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { EventStreamTokenService } from './event-stream-token.service';
import { EventStreamService } from './event-stream.service';
import { EventsController } from './events.controller';
import { LiveEventsService } from './live-events.service';
import { StreamAccessService } from './stream-access.service';

@Module({
  imports: [OrganizationsModule],
  controllers: [EventsController],
  providers: [LiveEventsService, EventStreamTokenService, EventStreamService, StreamAccessService],
  exports: [LiveEventsService],
})
export class LiveModule {}
