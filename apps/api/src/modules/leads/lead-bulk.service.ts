import { Injectable } from '@nestjs/common';
import { LEAD_STAGES, LeadEventType, type BulkLeadsResponse, type LeadStage } from '@loved/shared';
import type { BulkLeadsDto } from './dto/lead-bulk.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadChecksService } from './lead-checks.service';
import type { LeadEntity } from './lead.entity';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadErrorCode, LeadException } from './lead.exception';
import { LeadPositionService } from './lead-position.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService, type LeadAnnouncement } from './lead-response.service';
import { applyOutcome, changeStage } from './utils/lead-rules.util';

const TAGS_MAX = 20;

/**
 * The list's bulk actions: one request, one transaction, one live event per lead. Every id must
 * be a lead the caller may change, or nothing changes.
 */
@Injectable()
export class LeadBulkService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly checks: LeadChecksService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly responses: LeadResponseService,
  ) {}

  async apply(input: BulkLeadsDto): Promise<BulkLeadsResponse> {
    if (input.action === 'delete' && this.access.isAgent) {
      throw new LeadException(
        LeadErrorCode.DeleteNotAllowed,
        'Only managers and admins may delete leads.',
      );
    }
    // Every column, in board order, as single moves lock theirs: moves and this never deadlock.
    if (input.action === 'move_stage') {
      for (const stage of LEAD_STAGES) await this.positions.lockColumn(stage);
    }
    const leads = await this.requireAll(input.ids);
    if (input.action === 'delete') {
      await this.leads.deleteMany(input.ids);
      for (const lead of leads) await this.responses.announceDeleted(lead);
      return this.result(input);
    }
    const byId = new Map(leads.map((lead) => [lead.id, lead]));
    const ordered = input.ids.flatMap((id) => byId.get(id) ?? []);
    const change = await this.changeFor(input, ordered);
    for (const lead of ordered) {
      const changes: LeadChange[] = [];
      const announcement = change(lead, changes);
      if (!announcement) continue;
      const saved = await this.leads.save(lead);
      await this.events.record(saved.id, changes);
      await this.responses.announce(announcement, saved);
    }
    return this.result(input);
  }

  /** What the action does to one lead; null when it leaves the lead as it was. */
  private async changeFor(
    input: BulkLeadsDto,
    leads: LeadEntity[],
  ): Promise<(lead: LeadEntity, changes: LeadChange[]) => LeadAnnouncement | null> {
    switch (input.action) {
      case 'move_stage':
        return this.mover(input.stage as LeadStage, leads);
      case 'assign': {
        const assignee = await this.checks.checkAssignee(input.assigned_user_id ?? null);
        return (lead, changes) => {
          if (lead.assignedUserId === assignee) return null;
          changes.push({ type: LeadEventType.Assigned, from: lead.assignedUserId, to: assignee });
          lead.assignedUserId = assignee;
          return 'lead.updated';
        };
      }
      case 'add_tag': {
        const tag = input.tag as string;
        return (lead) => {
          if (lead.tags.includes(tag)) return null;
          if (lead.tags.length >= TAGS_MAX) {
            throw new LeadException(
              LeadErrorCode.InvalidField,
              `Lead "${lead.name}" already has ${TAGS_MAX} tags.`,
              { lead_id: lead.id },
              'tag',
            );
          }
          lead.tags = [...lead.tags, tag];
          return 'lead.updated';
        };
      }
      case 'remove_tag':
        return (lead) => {
          if (!lead.tags.includes(input.tag as string)) return null;
          lead.tags = lead.tags.filter((tag) => tag !== input.tag);
          return 'lead.updated';
        };
      case 'delete':
        throw new Error('delete is applied before changeFor');
    }
  }

  /** Moves to the top of `stage`, in the order given, with positions taken in one step. */
  private async mover(stage: LeadStage, leads: LeadEntity[]) {
    const moving = leads.filter((lead) => lead.stage !== stage);
    const positions = await this.positions.topPositions(stage, moving.length);
    const positionOf = new Map(moving.map((lead, index) => [lead.id, positions[index]]));
    return (lead: LeadEntity, changes: LeadChange[]): LeadAnnouncement | null => {
      const position = positionOf.get(lead.id);
      if (position === undefined) return null;
      lead.position = position;
      changeStage(lead, stage, changes);
      applyOutcome(lead, {}, changes);
      return 'lead.moved';
    };
  }

  private async requireAll(ids: string[]): Promise<LeadEntity[]> {
    const leads = await this.leads.findVisibleForUpdate(ids, this.access.visibility);
    if (leads.length === ids.length) return leads;
    const found = new Set(leads.map((lead) => lead.id));
    throw new LeadException(
      LeadErrorCode.NotFound,
      'Some leads do not exist (or are not yours); nothing was changed.',
      { missing_ids: ids.filter((id) => !found.has(id)) },
    );
  }

  private result(input: BulkLeadsDto): BulkLeadsResponse {
    return { action: input.action, affected: input.ids.length, ids: input.ids };
  }
}
