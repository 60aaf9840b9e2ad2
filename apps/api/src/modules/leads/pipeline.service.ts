import { Injectable } from '@nestjs/common';
import {
  LEAD_STAGES,
  type LeadStage,
  type PipelineColumn,
  type PipelineResponse,
} from '@loved/shared';
import type { LeadFiltersDto } from './dto/lead.dto';
import { LeadsService } from './leads.service';
import { centsToDecimal } from './utils/lead-money.util';

/** The board: per stage, in order, its count, BRL total and first cards. */
@Injectable()
export class PipelineService {
  constructor(private readonly leads: LeadsService) {}

  async board(limit: number, filters: LeadFiltersDto = {}): Promise<PipelineResponse> {
    const totals = await this.leads
      .filteredLeads('lead', filters)
      .select('lead.stage', 'stage')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(lead.estimated_value_cents), 0)::bigint', 'total')
      .groupBy('lead.stage')
      .getRawMany<{ stage: LeadStage; count: number; total: string }>();
    const byStage = new Map(totals.map((row) => [row.stage, row]));
    // One after another: the queries share the request's single transaction connection.
    const columns: PipelineColumn[] = [];
    for (const stage of LEAD_STAGES) {
      const page = await this.leads.list({ ...filters, stage, sort: 'position', limit });
      const total = Number(byStage.get(stage)?.total ?? 0);
      columns.push({
        stage,
        count: byStage.get(stage)?.count ?? 0,
        total_estimated_value: centsToDecimal(total),
        total_estimated_value_cents: total,
        items: page.items,
        next_cursor: page.next_cursor,
      });
    }
    return { columns };
  }
}
