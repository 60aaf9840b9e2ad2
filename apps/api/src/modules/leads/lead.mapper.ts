import type { LeadResponse, StageHealthSetting } from '@loved/shared';
import { computeLeadHealth } from '../deal-health/lead-health.util';
import type { UserEntity } from '../users/user.entity';
import type { LeadEntity } from './lead.entity';
import { centsToDecimal } from './utils/lead-money.util';

export const toLeadResponse = (
  lead: LeadEntity,
  assignee: UserEntity | undefined,
  health: { setting: Pick<StageHealthSetting, 'rotting_days' | 'unanswered_hours'>; now: Date },
): LeadResponse => ({
  id: lead.id,
  organization_id: lead.organizationId,
  name: lead.name,
  email: lead.email,
  phone: lead.phone,
  stage: lead.stage,
  source: lead.source,
  estimated_value:
    lead.estimatedValueCents === null ? null : centsToDecimal(lead.estimatedValueCents),
  estimated_value_cents: lead.estimatedValueCents,
  tags: lead.tags,
  assigned_user_id: lead.assignedUserId,
  assigned_user: assignee
    ? { id: assignee.id, name: assignee.name, avatar_url: assignee.avatarUrl }
    : null,
  priority: lead.priority,
  outcome: lead.outcome,
  lost_reason: lead.lostReason,
  stage_changed_at: lead.stageChangedAt.toISOString(),
  last_contact_at: lead.lastContactAt?.toISOString() ?? null,
  last_contact_channel: lead.lastContactChannel,
  communications_count: lead.communicationsCount,
  has_ai_summary: lead.hasAiSummary,
  next_activity: lead.nextActivity,
  health: computeLeadHealth(lead, health.setting, health.now),
  closed_at: lead.closedAt?.toISOString() ?? null,
  position: lead.position,
  version: lead.version,
  created_at: lead.createdAt.toISOString(),
  updated_at: lead.updatedAt.toISOString(),
});
