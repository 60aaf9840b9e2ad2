import { Injectable } from '@nestjs/common';
import type { LeadResponse, StageHealthSetting } from '@loved/shared';
import { StageHealthSettingsService } from '../deal-health/stage-health-settings.service';
import { LiveEventsService } from '../live/live-events.service';
import { UsersService } from '../users/users.service';
import { WebhookOutboxService } from '../webhook-endpoints/webhook-outbox.service';
import type { LeadEntity } from './lead.entity';
import { toLeadResponse } from './lead.mapper';

export type LeadAnnouncement = 'lead.created' | 'lead.updated' | 'lead.moved';

/** Leads as the API shows them (with their assignee), and the live event that follows a change. */
@Injectable()
export class LeadResponseService {
  constructor(
    private readonly users: UsersService,
    private readonly live: LiveEventsService,
    private readonly health: StageHealthSettingsService,
    private readonly webhooks: WebhookOutboxService,
  ) {}

  async toResponses(leads: LeadEntity[]): Promise<LeadResponse[]> {
    const ids = [
      ...new Set(leads.map((l) => l.assignedUserId).filter((id): id is string => id !== null)),
    ];
    const users = new Map((await this.users.findByIds(ids)).map((u) => [u.id, u]));
    const settings = leads.length > 0 ? await this.health.byStage() : undefined;
    const now = new Date();
    return leads.map((lead) =>
      toLeadResponse(lead, lead.assignedUserId ? users.get(lead.assignedUserId) : undefined, {
        setting: settings?.get(lead.stage) as StageHealthSetting,
        now,
      }),
    );
  }

  async toResponse(lead: LeadEntity): Promise<LeadResponse> {
    const [response] = await this.toResponses([lead]);
    return response as LeadResponse;
  }

  /**
   * Publishes a lead change (after commit), writes its outbound webhook deliveries (in the
   * change's transaction) and answers the lead as the API shows it.
   */
  async announce(type: LeadAnnouncement, lead: LeadEntity): Promise<LeadResponse> {
    const response = await this.toResponse(lead);
    await this.webhooks.record(type, { lead: response });
    this.live.publish({
      type,
      lead_id: lead.id,
      assigned_user_id: lead.assignedUserId,
      lead: response,
    });
    return response;
  }

  async announceDeleted(lead: LeadEntity): Promise<void> {
    await this.webhooks.record('lead.deleted', { lead: { id: lead.id } });
    this.live.publish({
      type: 'lead.deleted',
      lead_id: lead.id,
      assigned_user_id: lead.assignedUserId,
    });
  }
}
