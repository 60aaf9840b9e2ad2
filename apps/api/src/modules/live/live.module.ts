import { Module } from '@nestjs/common';
import { EventStreamTokenService } from './event-stream-token.service';
import { EventStreamService } from './event-stream.service';
import { EventsController } from './events.controller';
import { LiveEventsService } from './live-events.service';

@Module({
  controllers: [EventsController],
  providers: [LiveEventsService, EventStreamTokenService, EventStreamService],
  exports: [LiveEventsService],
})
export class LiveModule {}
