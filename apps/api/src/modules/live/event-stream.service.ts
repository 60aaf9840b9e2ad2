import type { ServerResponse } from 'node:http';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Role, type LiveEvent } from '@loved/shared';
import type { MembershipChange } from '../../core/tenancy/membership-directory';
import type { StreamIdentity } from './event-stream-token.service';
import { LiveEventsService } from './live-events.service';

const HEARTBEAT_MS = 15_000;

type OpenStream = { identity: StreamIdentity; close: () => void };

/** Writes an organisation's live events to one SSE connection, filtered to what its user may see. */
@Injectable()
export class EventStreamService implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStreamService.name);
  private readonly open = new Set<OpenStream>();

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
    const stream: OpenStream = {
      identity,
      close: () => {
        clearInterval(heartbeat);
        unsubscribe();
        this.open.delete(stream);
        if (!response.writableEnded) response.end();
      },
    };
    this.open.add(stream);
    response.on('close', stream.close);
    this.logger.debug({ organizationId: identity.organizationId }, 'event stream opened');
  }

  /**
   * Ends this process's streams of one user in one organisation. The visibility of a stream is
   * fixed when it opens, so a removed or re-roled member must not keep it; the client
   * reconnects with a fresh token, which is checked against the membership as it is now.
   */
  closeFor(change: MembershipChange): void {
    let closed = 0;
    for (const stream of [...this.open]) {
      const { organizationId, userId } = stream.identity;
      if (organizationId !== change.organizationId || userId !== change.userId) continue;
      stream.close();
      closed += 1;
    }
    if (closed > 0) {
      this.logger.log(
        { organizationId: change.organizationId, closed },
        'event streams ended after a membership change',
      );
    }
  }

  onApplicationShutdown(): void {
    for (const stream of [...this.open]) stream.close();
  }
}

/**
 * A personal event (a notification) goes to its recipient's streams only, whatever their role.
 * Otherwise agents only hear about leads assigned to them or to nobody, as in the API.
 */
export function visibleTo(event: LiveEvent, identity: StreamIdentity): boolean {
  if (event.recipient_user_id !== undefined) return event.recipient_user_id === identity.userId;
  if (identity.role !== Role.Agent) return true;
  return event.assigned_user_id === null || event.assigned_user_id === identity.userId;
}
