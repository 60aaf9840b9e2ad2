import type { ServerResponse } from 'node:http';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Role, type LiveEvent } from '@loved/shared';
import type { StreamIdentity } from './event-stream-token.service';
import { LiveEventsService } from './live-events.service';

const HEARTBEAT_MS = 15_000;

/** Writes an organisation's live events to one SSE connection, filtered to what its user may see. */
@Injectable()
export class EventStreamService implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStreamService.name);
  private readonly open = new Set<() => void>();

  constructor(private readonly live: LiveEventsService) {}

  attach(response: ServerResponse, identity: StreamIdentity, heartbeatMs = HEARTBEAT_MS): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(`retry: 3000\n\nevent: ready\ndata: {}\n\n`);

    const unsubscribe = this.live.subscribe(identity.organizationId, (event) => {
      if (!visibleTo(event, identity)) return;
      response.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => response.write(`: ping\n\n`), heartbeatMs);
    const close = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(close);
      if (!response.writableEnded) response.end();
    };
    this.open.add(close);
    response.on('close', close);
    this.logger.debug({ organizationId: identity.organizationId }, 'event stream opened');
  }

  onApplicationShutdown(): void {
    for (const close of [...this.open]) close();
  }
}

/** Agents only hear about leads assigned to them or to nobody, as in the API. */
function visibleTo(event: LiveEvent, identity: StreamIdentity): boolean {
  if (identity.role !== Role.Agent) return true;
  return event.assigned_user_id === null || event.assigned_user_id === identity.userId;
}
