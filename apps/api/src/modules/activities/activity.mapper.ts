import type { ActivityResponse, LeadNextActivity } from '@loved/shared';
import type { UserEntity } from '../users/user.entity';
import type { ActivityEntity } from './activity.entity';

/** An activity as the API shows it; `leadName` and `assignee` were read in batch for the page. */
export const toActivityResponse = (
  activity: ActivityEntity,
  leadName: string,
  assignee: UserEntity | undefined,
): ActivityResponse => ({
  id: activity.id,
  organization_id: activity.organizationId,
  lead_id: activity.leadId,
  lead: { id: activity.leadId, name: leadName },
  type: activity.type,
  subject: activity.subject,
  due_at: activity.dueAt.toISOString(),
  duration_minutes: activity.durationMinutes,
  assigned_user_id: activity.assignedUserId,
  assigned_user: assignee
    ? { id: assignee.id, name: assignee.name, avatar_url: assignee.avatarUrl }
    : null,
  done: activity.doneAt !== null,
  done_at: activity.doneAt?.toISOString() ?? null,
  notes: activity.notes,
  created_by_user_id: activity.createdByUserId,
  created_at: activity.createdAt.toISOString(),
  updated_at: activity.updatedAt.toISOString(),
});

/** What a lead's card shows of its next open activity. */
export const toLeadNextActivity = (activity: ActivityEntity): LeadNextActivity => ({
  id: activity.id,
  type: activity.type,
  subject: activity.subject,
  due_at: activity.dueAt.toISOString(),
  assigned_user_id: activity.assignedUserId,
});
