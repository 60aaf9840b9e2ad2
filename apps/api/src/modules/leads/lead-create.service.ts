import { Injectable } from '@nestjs/common';
import { LeadEventType, LeadStage, type LeadResponse } from '@loved/shared';
import type { CreateLeadDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadChecksService } from './lead-checks.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { centsOf, parseLeadPhone } from './utils/lead-input.util';
import { defaultAssignee } from './utils/lead-rules.util';

export type LeadInput = Omit<CreateLeadDto, 'allow_duplicate'>;

export type CreateLeadOptions = {
  allowDuplicate?: boolean;
  /** A batch (import) reserved its keys already, under the same column lock. */
  position?: string;
};

/** A new lead at the top of its column: the API's create and every imported row go through here. */
@Injectable()
export class LeadCreateService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly checks: LeadChecksService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly responses: LeadResponseService,
  ) {}

  async create(input: LeadInput, options: CreateLeadOptions = {}): Promise<LeadResponse> {
    const phone = input.phone ? parseLeadPhone(input.phone) : null;
    const email = input.email?.toLowerCase() ?? null;
    if (!options.allowDuplicate) await this.checks.refuseDuplicate(email, phone?.matchKey ?? null);
    const assignedUserId = await this.checks.checkAssignee(
      defaultAssignee(this.access.viewer, input.assigned_user_id),
    );
    const stage = input.stage ?? LeadStage.Lead;
    await this.positions.lockColumn(stage);
    const lead = this.leads.create({
      name: input.name,
      email,
      phone: phone?.e164 ?? null,
      phoneMatchKey: phone?.matchKey ?? null,
      stage,
      stageChangedAt: new Date(),
      position: options.position ?? (await this.positions.positionFor(stage, {})),
      source: input.source ?? null,
      estimatedValueCents: centsOf(input) ?? null,
      tags: input.tags ?? [],
      assignedUserId,
      priority: input.priority ?? 'medium',
      outcome: null,
      lostReason: null,
      lastContactAt: null,
      lastContactChannel: null,
      communicationsCount: 0,
      hasAiSummary: false,
      createdByUserId: this.access.userId ?? null,
      createdByApiKeyId: this.access.apiKeyId ?? null,
    });
    const saved = await this.leads.save(lead);
    const changes: LeadChange[] = [{ type: LeadEventType.Created, to: stage }];
    if (assignedUserId) {
      changes.push({ type: LeadEventType.Assigned, from: null, to: assignedUserId });
    }
    await this.events.record(saved.id, changes);
    return this.responses.announce('lead.created', saved);
  }
}
