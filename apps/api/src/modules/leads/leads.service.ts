import { Injectable } from '@nestjs/common';
import {
  LeadEventType,
  type LeadNextActivity,
  type LeadResponse,
  type ListEnvelope,
} from '@loved/shared';
import type { ListLeadsQueryDto, UpdateLeadDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadChecksService } from './lead-checks.service';
import { LeadCreateService, type CreateLeadOptions, type LeadInput } from './lead-create.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import type { LeadEntity } from './lead.entity';
import { LeadRepository, type LeadContact } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { LeadException } from './lead.exception';
import { centsOf, parseLeadPhone } from './utils/lead-input.util';
import { applyOutcome, changeStage } from './utils/lead-rules.util';

/** The leads other modules and the controller ask for: read, list, create, edit, delete, count. */
@Injectable()
export class LeadsService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly checks: LeadChecksService,
    private readonly creator: LeadCreateService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly responses: LeadResponseService,
  ) {}

  /** Leads the caller may see, filtered, sorted, keyset-paginated on (sort column, id). */
  async list(query: ListLeadsQueryDto): Promise<ListEnvelope<LeadResponse>> {
    const page = await this.leads.page(this.access.query(query), query);
    return { items: await this.responses.toResponses(page.rows), next_cursor: page.next_cursor };
  }

  async get(id: string): Promise<LeadResponse> {
    return this.responses.toResponse(await this.access.requireVisible(id));
  }

  create(input: LeadInput, options: CreateLeadOptions = {}): Promise<LeadResponse> {
    return this.creator.create(input, options);
  }

  async update(id: string, input: UpdateLeadDto): Promise<LeadResponse> {
    // Column lock before row lock, in the same order as moves, so the two never deadlock.
    if (input.stage !== undefined) await this.positions.lockColumnsForMove(id, input.stage);
    const lead = await this.access.requireVisible(id, true);
    if (lead.version !== input.version) {
      throw LeadException.stale(await this.responses.toResponse(lead));
    }
    const changes: LeadChange[] = [];

    if (input.name !== undefined) lead.name = input.name;
    if (input.source !== undefined) lead.source = input.source;
    if (input.tags !== undefined) lead.tags = input.tags;
    if (input.priority !== undefined) lead.priority = input.priority;
    const cents = centsOf(input);
    if (cents !== undefined) lead.estimatedValueCents = cents;
    if (input.email !== undefined || input.phone !== undefined) {
      const email = input.email === undefined ? lead.email : (input.email?.toLowerCase() ?? null);
      const phone =
        input.phone === undefined
          ? undefined
          : input.phone === null
            ? null
            : parseLeadPhone(input.phone);
      await this.checks.refuseDuplicate(
        email !== lead.email ? email : null,
        phone?.matchKey && phone.matchKey !== lead.phoneMatchKey ? phone.matchKey : null,
        lead.id,
      );
      lead.email = email;
      if (phone !== undefined) {
        lead.phone = phone?.e164 ?? null;
        lead.phoneMatchKey = phone?.matchKey ?? null;
      }
    }
    if (input.assigned_user_id !== undefined && input.assigned_user_id !== lead.assignedUserId) {
      const assignee = await this.checks.checkAssignee(input.assigned_user_id);
      changes.push({ type: LeadEventType.Assigned, from: lead.assignedUserId, to: assignee });
      lead.assignedUserId = assignee;
    }
    if (input.stage !== undefined && input.stage !== lead.stage) {
      lead.position = await this.positions.positionFor(input.stage, {}, lead.id);
      changeStage(lead, input.stage, changes);
    }
    applyOutcome(lead, input, changes);

    const saved = await this.leads.save(lead);
    await this.events.record(saved.id, changes);
    const stageChanged = changes.some((change) => change.type === LeadEventType.StageChanged);
    return this.responses.announce(stageChanged ? 'lead.moved' : 'lead.updated', saved);
  }

  async remove(id: string): Promise<void> {
    const lead = await this.access.requireVisible(id, true);
    await this.leads.delete(lead.id);
    await this.responses.announceDeleted(lead);
  }

  /**
   * The one way a communication touches its lead: counts it and, for a conversation with the
   * lead (not an internal note), moves `last_contact_*` forward. Atomic under concurrency.
   */
  recordContact(leadId: string, contact: LeadContact): Promise<void> {
    return this.leads.recordContact(leadId, contact);
  }

  /**
   * Stores the lead's next open activity (kept by the activities module, which locked the lead
   * with `LeadAccessService.requireVisible(id, true)` first) without bumping its version, and
   * tells live clients: the card's next step, and the timeline when an activity was completed.
   */
  async setNextActivity(lead: LeadEntity, next: LeadNextActivity | null): Promise<LeadResponse> {
    await this.leads.setNextActivity(lead.id, next);
    lead.nextActivity = next;
    return this.responses.announce('lead.updated', lead);
  }

  /**
   * Sets `has_ai_summary` once a summary of the lead is done, without bumping its version (a
   * derived flag, like the counters). The summary's own live event tells clients.
   */
  async markHasAiSummary(leadId: string): Promise<void> {
    await this.leads.markHasAiSummary(leadId);
  }
}
