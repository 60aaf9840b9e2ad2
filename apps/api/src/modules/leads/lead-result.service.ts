import { Injectable } from '@nestjs/common';
import { LeadStage, type LeadResponse } from '@loved/shared';
import type { CloseLeadDto, ReopenLeadDto } from './dto/lead-result.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadEventsService, type LeadChange } from './lead-events.service';
import { LeadPositionService } from './lead-position.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { applyOutcome, changeStage } from './utils/lead-rules.util';

/**
 * Won and lost from anywhere on the board: closing moves the lead to Fechado (if it is not
 * there) and sets its result in one transaction; reopening clears the result and brings the
 * deal back to an open stage.
 */
@Injectable()
export class LeadResultService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly positions: LeadPositionService,
    private readonly events: LeadEventsService,
    private readonly responses: LeadResponseService,
  ) {}

  async close(id: string, input: CloseLeadDto): Promise<LeadResponse> {
    return this.moveAndSet(id, LeadStage.Fechado, {
      outcome: input.outcome,
      lost_reason: input.lost_reason ?? null,
      require_lost_reason: true,
    });
  }

  async reopen(id: string, input: ReopenLeadDto): Promise<LeadResponse> {
    return this.moveAndSet(id, input.stage ?? LeadStage.Negociacao, {});
  }

  private async moveAndSet(
    id: string,
    stage: LeadStage,
    outcome: Parameters<typeof applyOutcome>[1],
  ): Promise<LeadResponse> {
    await this.positions.lockColumnsForMove(id, stage);
    const lead = await this.access.requireVisible(id, true);
    const changes: LeadChange[] = [];
    if (lead.stage !== stage) {
      lead.position = await this.positions.positionFor(stage, {}, lead.id);
      changeStage(lead, stage, changes);
    }
    applyOutcome(lead, outcome, changes);
    if (changes.length === 0) return this.responses.toResponse(lead);
    const saved = await this.leads.save(lead);
    await this.events.record(saved.id, changes);
    return this.responses.announce('lead.moved', saved);
  }
}
