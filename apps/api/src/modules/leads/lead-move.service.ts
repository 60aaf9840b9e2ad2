import { Injectable } from '@nestjs/common';
import type { LeadResponse } from '@loved/shared';
import type { MoveLeadDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { applyOutcome, changeStage } from './utils/lead-rules.util';

/**
 * Drag and drop on the board: a lead changes column and/or place inside one. In the common case
 * it writes one row (the lead: stage, position, version) and, across columns, its event.
 */
@Injectable()
export class LeadMoveService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly responses: LeadResponseService,
  ) {}

  async move(id: string, input: MoveLeadDto): Promise<LeadResponse> {
    await this.positions.lockColumnsForMove(id, input.stage);
    const lead = await this.access.requireVisible(id, true);
    for (const neighbourId of [input.before_id, input.after_id]) {
      if (neighbourId === lead.id) return this.responses.toResponse(lead);
    }
    const changes: LeadChange[] = [];
    lead.position = await this.positions.positionFor(
      input.stage,
      { beforeId: input.before_id, afterId: input.after_id },
      lead.id,
    );
    changeStage(lead, input.stage, changes);
    applyOutcome(
      lead,
      { outcome: input.outcome, lost_reason: input.lost_reason, require_lost_reason: true },
      changes,
    );
    const saved = await this.leads.save(lead);
    await this.events.record(saved.id, changes);
    return this.responses.announce('lead.moved', saved);
  }
}
