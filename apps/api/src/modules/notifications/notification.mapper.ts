import type { NotificationResponse } from '@loved/shared';
import type { ActivityEntity } from '../activities/activity.entity';
import type { UserEntity } from '../users/user.entity';
import type { NotificationEntity } from './notification.entity';

/** What a page of notifications points at, each read once for the whole page. */
export type NotificationRefs = {
  leads: Map<string, { id: string; name: string }>;
  actors: Map<string, Pick<UserEntity, 'id' | 'name'>>;
  activities: Map<string, Pick<ActivityEntity, 'id' | 'type' | 'subject' | 'dueAt'>>;
};

export function toNotificationResponse(
  row: NotificationEntity,
  refs: NotificationRefs,
): NotificationResponse {
  const lead = row.leadId ? refs.leads.get(row.leadId) : undefined;
  const actor = row.actorUserId ? refs.actors.get(row.actorUserId) : undefined;
  const activity = row.activityId ? refs.activities.get(row.activityId) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    lead: lead ? { id: lead.id, name: lead.name } : null,
    actor: actor ? { id: actor.id, name: actor.name } : null,
    activity: activity
      ? {
          id: activity.id,
          type: activity.type,
          subject: activity.subject,
          due_at: activity.dueAt.toISOString(),
        }
      : null,
    channel: row.channel,
    communication_id: row.communicationId,
    read: row.readAt !== null,
    read_at: row.readAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}
