import { Injectable } from '@nestjs/common';
import { LeadsService } from '../leads/leads.service';
import type { LeadEntity } from '../leads/lead.entity';
import { toLeadNextActivity } from './activity.mapper';
import { ActivityRepository } from './activity.repository';

/**
 * Keeps `leads.next_activity` (the card's next step) equal to the lead's earliest open activity.
 * Every activity write locks the lead row before touching its activities, so writes to one
 * lead's activities run one after another and the last one to commit computed from all of them.
 */
@Injectable()
export class LeadNextActivityService {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly leads: LeadsService,
  ) {}

  /** `lead` must be locked by this transaction (`LeadAccessService.requireVisible(id, true)`). */
  async refresh(lead: LeadEntity): Promise<void> {
    const next = await this.activities.nextOpen(lead.id);
    await this.leads.setNextActivity(lead, next ? toLeadNextActivity(next) : null);
  }
}
