import { Injectable } from '@nestjs/common';
import {
  LEAD_STAGES,
  type LeadStage,
  type PipelineColumn,
  type PipelineResponse,
} from '@loved/shared';
import type { LeadFiltersDto } from './dto/lead.dto';
import { LeadAccessService } from './lead-access.service';
import { LeadRepository } from './lead.repository';
import { LeadResponseService } from './lead-response.service';
import { centsTotal } from './utils/lead-money.util';

/** The board: per stage, in order, its count, exact BRL total and first cards. */
@Injectable()
export class PipelineService {
  constructor(
    private readonly leads: LeadRepository,
    private readonly access: LeadAccessService,
    private readonly responses: LeadResponseService,
  ) {}

  async board(limit: number, filters: LeadFiltersDto = {}): Promise<PipelineResponse> {
    const totals = await this.leads.stageTotals(this.access.query(filters));
    const byStage = new Map(totals.map((row) => [row.stage, row]));
    // One after another: the queries share the request's single transaction connection.
    const columns: PipelineColumn[] = [];
    for (const stage of LEAD_STAGES) {
      columns.push(await this.column(stage, limit, filters, byStage.get(stage)));
    }
    return { columns };
  }

  private async column(
    stage: LeadStage,
    limit: number,
    filters: LeadFiltersDto,
    totals: { count: number; total: string } | undefined,
  ): Promise<PipelineColumn> {
    const page = await this.leads.page(this.access.query({ ...filters, stage }), {
      sort: 'position',
      limit,
    });
    const total = centsTotal(totals?.total ?? '0');
    return {
      stage,
      count: totals?.count ?? 0,
      total_estimated_value: total.decimal,
      total_estimated_value_cents: total.cents,
      items: await this.responses.toResponses(page.rows),
      next_cursor: page.next_cursor,
    };
  }
}
