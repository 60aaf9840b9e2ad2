import type { LeadResponse, LeadStage, LeadTotals, PipelineResponse } from '@loved/shared';

const STAGES: LeadStage[] = ['lead', 'contato', 'proposta', 'negociacao', 'fechado'];

/** How many leads a column says it has past its loaded cards (`moreIn`). */
const UNLOADED_PER_COLUMN = 10;

function totalsOf(leads: LeadResponse[], extraCount = 0): LeadTotals {
  const cents = leads.reduce((sum, lead) => sum + (lead.estimated_value_cents ?? 0), 0);
  return {
    count: leads.length + extraCount,
    total_estimated_value: (cents / 100).toFixed(2),
    total_estimated_value_cents: cents,
  };
}

function byResult(
  leads: LeadResponse[],
  extraOpen = 0,
): { open: LeadTotals; won: LeadTotals; lost: LeadTotals } {
  return {
    open: totalsOf(
      leads.filter((lead) => lead.outcome === null),
      extraOpen,
    ),
    won: totalsOf(leads.filter((lead) => lead.outcome === 'won')),
    lost: totalsOf(leads.filter((lead) => lead.outcome === 'lost')),
  };
}

/**
 * `GET /pipeline` as the API answers it for these leads: each in its stage's column, with
 * counts and totals by result. A stage in `moreIn` has unloaded (open, valueless) leads too.
 */
export function makePipeline(leads: LeadResponse[], moreIn: LeadStage[] = []): PipelineResponse {
  const columns = STAGES.map((stage) => {
    const items = leads.filter((lead) => lead.stage === stage);
    const extra = moreIn.includes(stage) ? UNLOADED_PER_COLUMN : 0;
    return {
      stage,
      ...totalsOf(items, extra),
      ...byResult(items, extra),
      items,
      next_cursor: extra > 0 ? 'more' : null,
    };
  });
  const extra = moreIn.length * UNLOADED_PER_COLUMN;
  return { columns, totals: { ...totalsOf(leads, extra), ...byResult(leads, extra) } };
}
