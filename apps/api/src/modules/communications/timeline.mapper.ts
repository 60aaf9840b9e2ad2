import type { TimelineActor, TimelineItem } from '@loved/shared';
import { toCommunicationResponse } from './communication.mapper';
import type { CommunicationTimelineRow, TimelineRow } from './utils/timeline-query.util';
import type { CommunicationEntity } from './communication.entity';

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
    authorApiKeyId: row.api_key_id,
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
    return {
      type: 'communication',
      id: row.id,
      occurred_at,
      communication: toCommunicationResponse(toCommunication(row)),
      author: actorOf(row.author_user_id, row.api_key_id, actors),
    };
  }
  return {
    type: 'system',
    id: row.id,
    occurred_at,
    event: row.event_type,
    from: row.from_value,
    to: row.to_value,
    actor: actorOf(row.actor_user_id, row.api_key_id, actors),
  };
}

/** The person, or else the API key, behind an item (`actors` holds both, by id). */
function actorOf(
  userId: string | null,
  apiKeyId: string | null,
  actors: ReadonlyMap<string, TimelineActor>,
): TimelineActor | null {
  const id = userId ?? apiKeyId;
  return (id && actors.get(id)) || null;
}
