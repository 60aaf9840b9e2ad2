import type { TimelineItem } from '@loved/shared';
import { toCommunicationResponse } from './communication.mapper';
import type { CommunicationTimelineRow, TimelineRow } from './utils/timeline-query.util';
import type { CommunicationEntity } from './communication.entity';

export type TimelineActor = { id: string; name: string };

/** A communication row of the timeline query as the entity it is, for the one mapper. */
function toCommunication(row: CommunicationTimelineRow): CommunicationEntity {
  return {
    organizationId: row.organization_id,
    id: row.id,
    leadId: row.lead_id,
    channel: row.channel,
    direction: row.direction,
    content: row.content,
    subject: row.subject,
    metadata: row.metadata,
    attachments: row.attachments,
    externalId: row.external_id,
    status: row.status,
    authorUserId: row.author_user_id,
    sentAt: row.occurred_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toTimelineItem(
  row: TimelineRow,
  actors: ReadonlyMap<string, TimelineActor>,
): TimelineItem {
  const occurred_at = row.occurred_at.toISOString();
  if (row.kind === 'communication') {
    const author = row.author_user_id ? actors.get(row.author_user_id) : undefined;
    return {
      type: 'communication',
      id: row.id,
      occurred_at,
      communication: toCommunicationResponse(toCommunication(row)),
      author: author ? { id: author.id, name: author.name } : null,
    };
  }
  const actor = row.actor_user_id ? actors.get(row.actor_user_id) : undefined;
  return {
    type: 'system',
    id: row.id,
    occurred_at,
    event: row.event_type,
    from: row.from_value,
    to: row.to_value,
    actor: actor ? { id: actor.id, name: actor.name } : null,
  };
}
