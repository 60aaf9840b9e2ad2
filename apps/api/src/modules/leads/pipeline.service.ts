import { Injectable } from '@nestjs/common';
import {
  LEAD_STAGES,
  type LeadTotals,
  type PipelineColumn,
  type PipelineResponse,
} from '@loved/shared';
import type { LeadFiltersDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadRepository, type LeadStageTotal } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { centsTotal } from './utils/lead-money.util';

/** Count and exact total of some stage-and-result rows, summed as decimal strings. */
function totalsOf(rows: LeadStageTotal[]): LeadTotals {
  const cents = rows.reduce((sum, row) => sum + BigInt(row.total), 0n);
  const total = centsTotal(cents.toString());
  return {
    count: rows.reduce((sum, row) => sum + row.count, 0),
    total_estimated_value: total.decimal,
    total_estimated_value_cents: total.cents,
  };
}

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
    const rows = await this.leads.stageTotals(query);
    const pages = await this.leads.firstCards(query, LEAD_STAGES, limit);
    const cards = LEAD_STAGES.flatMap((stage) => pages.get(stage)?.rows ?? []);
    const responses = new Map(
      (await this.responses.toResponses(cards)).map((response) => [response.id, response]),
    );
    const columns = LEAD_STAGES.map((stage): PipelineColumn => {
      const page = pages.get(stage);
      const ofStage = rows.filter((row) => row.stage === stage);
      return {
        stage,
        ...totalsOf(ofStage),
        open: totalsOf(ofStage.filter((row) => row.result === 'open')),
        won: totalsOf(ofStage.filter((row) => row.result === 'won')),
        lost: totalsOf(ofStage.filter((row) => row.result === 'lost')),
        items: (page?.rows ?? []).flatMap((lead) => responses.get(lead.id) ?? []),
        next_cursor: page?.next_cursor ?? null,
      };
    });
    return {
      columns,
      totals: {
        ...totalsOf(rows),
        open: totalsOf(rows.filter((row) => row.result === 'open')),
        won: totalsOf(rows.filter((row) => row.result === 'won')),
        lost: totalsOf(rows.filter((row) => row.result === 'lost')),
      },
    };
  }
}
