import { Injectable } from '@nestjs/common';
import { LEAD_STAGES, type PipelineColumn, type PipelineResponse } from '@loved/shared';
import type { LeadFiltersDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { centsTotal } from './utils/lead-money.util';

/**
 * The board: per stage, in order, its count, exact BRL total and first cards. Three statements
 * whatever the number of stages: the counts and totals, every column's first cards, and the
 * assignees of all those cards.
 */
@Injectable()
export class PipelineService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly responses: LeadResponseService,
  ) {}

  async board(limit: number, filters: LeadFiltersDto = {}): Promise<PipelineResponse> {
    const query = this.access.query(filters);
    // One after another: the queries share the request's single transaction connection.
    const totals = new Map((await this.leads.stageTotals(query)).map((row) => [row.stage, row]));
    const pages = await this.leads.firstCards(query, LEAD_STAGES, limit);
    const cards = LEAD_STAGES.flatMap((stage) => pages.get(stage)?.rows ?? []);
    const responses = new Map(
      (await this.responses.toResponses(cards)).map((response) => [response.id, response]),
    );
    const columns = LEAD_STAGES.map((stage): PipelineColumn => {
      const page = pages.get(stage);
      const total = centsTotal(totals.get(stage)?.total ?? '0');
      return {
        stage,
        count: totals.get(stage)?.count ?? 0,
        total_estimated_value: total.decimal,
        total_estimated_value_cents: total.cents,
        items: (page?.rows ?? []).flatMap((lead) => responses.get(lead.id) ?? []),
        next_cursor: page?.next_cursor ?? null,
      };
    });
    return { columns };
  }
}
