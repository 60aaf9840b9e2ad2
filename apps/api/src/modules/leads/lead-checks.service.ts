import { Injectable } from '@nestjs/common';
import { MembersService } from '../organizations/members.service';
import { LeadAccessService } from './lead-access.service';
import { LeadErrorCode, LeadException } from './lead.exception';
import { LeadRepository } from './lead.repository';
import { refuseForeignAssignment } from './utils/lead-rules.util';

/** What a lead must pass before it is written: no duplicate contact, an assignee allowed. */
@Injectable()
export class LeadChecksService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly members: MembersService,
  ) {}

  /**
   * 409 when another lead of the organisation has this e-mail or phone. It names that lead only
   * to a caller who may see it: an agent learns that a duplicate exists, not whose it is.
   */
  async refuseDuplicate(
    email: string | null,
    phoneKey: string | null,
    exceptId?: string,
  ): Promise<void> {
    for (const [field, value] of [
      ['email', email],
      ['phone', phoneKey],
    ] as const) {
      if (!value) continue;
      const existing = await this.leads.findDuplicate(field, value, exceptId);
      if (!existing) continue;
      const named = this.access.canSee(existing) ? { id: existing.id, name: existing.name } : null;
      throw LeadException.duplicate(named, field);
    }
  }

  /** An assignee must be a member; an agent may only take a lead or leave it unassigned. */
  async checkAssignee(userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    refuseForeignAssignment(this.access.viewer, userId);
    if (!(await this.members.isMember(userId))) {
      throw new LeadException(
        LeadErrorCode.AssigneeNotMember,
        'The assignee must be a member of the organisation.',
        {},
        'assigned_user_id',
      );
    }
    return userId;
  }
}
