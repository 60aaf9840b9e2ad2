import { Injectable } from '@nestjs/common';
import { LeadEventType, type ActivityResponse, type ListEnvelope } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LeadAccessService } from '../leads/lead-access.service';
import { LeadEventsService } from '../leads/lead-events.service';
import type { LeadEntity } from '../leads/lead.entity';
import { MembersService } from '../organizations/members.service';
import type { ActivityEntity } from './activity.entity';
import { ActivityException } from './activity.exception';
import { ActivityRepository } from './activity.repository';
import { ActivityResponseService } from './activity-response.service';
import type {
  CreateActivityDto,
  ListActivitiesQueryDto,
  UpdateActivityDto,
} from './dto/activity.dto';
import { LeadNextActivityService } from './lead-next-activity.service';

/**
 * Activities of leads: list, read, schedule, edit, complete, delete. An activity is visible
 * exactly when its lead is (agents: their own and unassigned leads); otherwise 404. Every write
 * locks the lead first, then refreshes the lead's next activity and announces the lead.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    private readonly tenant: TenantContextService,
    private readonly activities: ActivityRepository,
    private readonly access: LeadAccessService,
    private readonly members: MembersService,
    private readonly events: LeadEventsService,
    private readonly nextActivity: LeadNextActivityService,
    private readonly responses: ActivityResponseService,
  ) {}

  async list(query: ListActivitiesQueryDto): Promise<ListEnvelope<ActivityResponse>> {
    const assignee = query.assigned_user_id;
    const page = await this.activities.page(
      {
        visibleLeads: this.access.visibleLeadIds(),
        assignedUserId: assignee === 'me' ? this.tenant.userId : assignee,
        leadId: query.lead_id,
        dueFrom: query.due_from,
        dueTo: query.due_to,
        overdue: query.overdue,
        done: query.done,
      },
      query,
    );
    return { items: await this.responses.toResponses(page.rows), next_cursor: page.next_cursor };
  }

  async get(id: string): Promise<ActivityResponse> {
    return this.responses.toResponse(await this.requireVisible(id));
  }

  async create(input: CreateActivityDto): Promise<ActivityResponse> {
    const lead = await this.access.requireVisible(input.lead_id, true);
    const assignee = input.assigned_user_id === undefined ? this.callerId : input.assigned_user_id;
    await this.checkAssignee(assignee);
    const saved = await this.activities.save(
      this.activities.create({
        leadId: lead.id,
        type: input.type,
        subject: input.subject,
        dueAt: new Date(input.due_at),
        durationMinutes: input.duration_minutes ?? null,
        assignedUserId: assignee,
        notes: input.notes ?? null,
        createdByUserId: this.tenant.userId ?? null,
      }),
    );
    return this.afterWrite(lead, saved);
  }

  async update(id: string, input: UpdateActivityDto): Promise<ActivityResponse> {
    const { lead, activity } = await this.lockForWrite(id);
    const completed = input.done === true && activity.doneAt === null;
    if (input.type !== undefined) activity.type = input.type;
    if (input.subject !== undefined) activity.subject = input.subject;
    if (input.duration_minutes !== undefined) activity.durationMinutes = input.duration_minutes;
    if (input.notes !== undefined) activity.notes = input.notes;
    if (input.due_at !== undefined) {
      const dueAt = new Date(input.due_at);
      if (dueAt.getTime() !== activity.dueAt.getTime()) {
        activity.dueAt = dueAt;
        // Rescheduled: the "due in 15 minutes" reminder is owed again for the new time.
        activity.remindedAt = null;
      }
    }
    if (
      input.assigned_user_id !== undefined &&
      input.assigned_user_id !== activity.assignedUserId
    ) {
      await this.checkAssignee(input.assigned_user_id);
      activity.assignedUserId = input.assigned_user_id;
    }
    if (completed) {
      activity.doneAt = new Date();
      activity.doneByUserId = this.tenant.userId ?? null;
    } else if (input.done === false) {
      activity.doneAt = null;
      activity.doneByUserId = null;
    }
    const saved = await this.activities.save(activity);
    if (completed) {
      await this.events.record(lead.id, [
        { type: LeadEventType.ActivityDone, from: saved.type, to: saved.subject },
      ]);
    }
    return this.afterWrite(lead, saved);
  }

  async remove(id: string): Promise<void> {
    const { lead, activity } = await this.lockForWrite(id);
    await this.activities.delete(activity.id);
    await this.nextActivity.refresh(lead);
  }

  private get callerId(): string | null {
    return this.tenant.userId ?? null;
  }

  private async requireVisible(id: string): Promise<ActivityEntity> {
    const activity = await this.activities.findVisible(id, this.access.visibleLeadIds());
    if (!activity) throw ActivityException.notFound();
    return activity;
  }

  /**
   * The lead's lock first (as every activity write takes it), then the activity's row read
   * again under it, so what we change is what is committed now.
   */
  private async lockForWrite(id: string): Promise<{ lead: LeadEntity; activity: ActivityEntity }> {
    const visible = await this.requireVisible(id);
    const lead = await this.access.requireVisible(visible.leadId, true);
    const activity = await this.activities.findForUpdate(id);
    if (!activity) throw ActivityException.notFound();
    return { lead, activity };
  }

  private async afterWrite(lead: LeadEntity, activity: ActivityEntity): Promise<ActivityResponse> {
    await this.nextActivity.refresh(lead);
    activity.lead = lead;
    return this.responses.toResponse(activity);
  }

  /** A removed member keeps no new work: the assignee must belong to the organisation now. */
  private async checkAssignee(userId: string | null): Promise<void> {
    if (userId !== null && !(await this.members.isMember(userId))) {
      throw ActivityException.assigneeNotMember();
    }
  }
}
