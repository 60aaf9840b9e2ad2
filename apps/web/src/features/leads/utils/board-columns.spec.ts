import type { LeadResponse } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import type { LeadLookup } from '@/features/leads/types/board';
import {
  boardTotals,
  emptyColumns,
  matchesFilters,
  withCardAt,
  withLeadByPosition,
  valueOf,
  withoutCard,
  withValueChanged,
} from '@/features/leads/utils/board-columns';
import { makeLead } from '@/testing/lead-factory';

function boardWith(...leads: LeadResponse[]): {
  board: ReturnType<typeof emptyColumns>;
  lookup: LeadLookup;
} {
  const records = new Map(leads.map((lead) => [lead.id, lead]));
  const board = leads.reduce(
    (columns, lead) =>
      withCardAt(columns, lead.id, valueOf(lead), lead.stage, columns[lead.stage].ids.length),
    emptyColumns(),
  );
  return { board, lookup: (id) => records.get(id) };
}

describe('board columns', () => {
  it('moves a card between columns and carries its value along', () => {
    const lead = makeLead({ id: 'a', stage: 'lead', estimated_value_cents: 150_000 });
    const { board } = boardWith(
      lead,
      makeLead({ id: 'b', stage: 'proposta', estimated_value_cents: 0 }),
    );

    const moved = withCardAt(board, 'a', valueOf(lead), 'proposta', 0);

    expect(moved.lead).toMatchObject({ count: 0, totalCents: 0, ids: [] });
    expect(moved.proposta.ids).toEqual(['a', 'b']);
    expect(moved.proposta).toMatchObject({ count: 2, totalCents: 150_000 });
  });

  it('places a lead from the server by its position', () => {
    const { board, lookup } = boardWith(
      makeLead({ id: 'a', stage: 'contato', position: 'B' }),
      makeLead({ id: 'c', stage: 'contato', position: 'D' }),
    );

    const next = withLeadByPosition(
      board,
      makeLead({ id: 'b', stage: 'contato', position: 'C' }),
      lookup,
    );

    expect(next.contato.ids).toEqual(['a', 'b', 'c']);
    expect(next.contato.count).toBe(3);
  });

  it('only counts a lead that sorts after the loaded cards of a longer column', () => {
    const { board, lookup } = boardWith(makeLead({ id: 'a', stage: 'lead', position: 'B' }));
    board.lead.nextCursor = 'more';

    const next = withLeadByPosition(
      board,
      makeLead({ id: 'z', stage: 'lead', position: 'Z' }),
      lookup,
    );

    expect(next.lead.ids).toEqual(['a']);
    expect(next.lead.count).toBe(2);
  });

  it('takes a deleted lead off the board', () => {
    const { board } = boardWith(makeLead({ id: 'a', stage: 'lead', estimated_value_cents: 100 }));

    expect(withoutCard(board, 'a').lead).toMatchObject({ ids: [], count: 0, totalCents: 0 });
  });

  it('counts won and lost deals apart from open ones, and the whole board', () => {
    const { board } = boardWith(
      makeLead({ id: 'a', stage: 'proposta', estimated_value_cents: 100_000 }),
      makeLead({ id: 'w', stage: 'fechado', outcome: 'won', estimated_value_cents: 250_000 }),
      makeLead({ id: 'l', stage: 'fechado', outcome: 'lost', estimated_value_cents: 40_000 }),
    );

    expect(board.fechado.results).toEqual({
      open: { count: 0, cents: 0 },
      won: { count: 1, cents: 250_000 },
      lost: { count: 1, cents: 40_000 },
    });
    expect(boardTotals(board)).toEqual({
      count: 3,
      cents: 390_000,
      results: {
        open: { count: 1, cents: 100_000 },
        won: { count: 1, cents: 250_000 },
        lost: { count: 1, cents: 40_000 },
      },
    });
  });

  it('takes a card off as it was counted, even after its result changed', () => {
    const { board } = boardWith(
      makeLead({ id: 'a', stage: 'fechado', estimated_value_cents: 900 }),
    );

    const won = withValueChanged(board, 'a', { cents: 900, result: 'won' });
    expect(won.fechado.results.won).toEqual({ count: 1, cents: 900 });
    expect(won.fechado.results.open).toEqual({ count: 0, cents: 0 });

    const moved = withCardAt(won, 'a', { cents: 900, result: 'open' }, 'negociacao', 0);
    expect(moved.fechado).toMatchObject({ count: 0, totalCents: 0, ids: [] });
    expect(moved.fechado.results.won).toEqual({ count: 0, cents: 0 });
    expect(moved.negociacao.results.open).toEqual({ count: 1, cents: 900 });
  });

  it('matches the filters as the API does, ignoring accents and case', () => {
    const lead = makeLead({ name: 'João Araújo', tags: ['site'], assigned_user_id: 'u1' });
    const filters = { assignee: 'me', tag: 'site', q: 'joao' } as const;

    expect(matchesFilters(lead, filters, 'u1')).toBe(true);
    expect(matchesFilters(lead, filters, 'u2')).toBe(false);
    expect(matchesFilters(lead, { ...filters, assignee: 'none' }, 'u1')).toBe(false);
    expect(matchesFilters(lead, { ...filters, q: 'maria' }, 'u1')).toBe(false);
  });

  it('matches the result filter: open deals have no outcome yet', () => {
    const open = makeLead({ stage: 'fechado', outcome: null });
    const won = makeLead({ stage: 'fechado', outcome: 'won' });
    const filters = { assignee: 'anyone', tag: '', q: '' } as const;

    expect(matchesFilters(open, { ...filters, outcome: 'open' }, null)).toBe(true);
    expect(matchesFilters(won, { ...filters, outcome: 'open' }, null)).toBe(false);
    expect(matchesFilters(won, { ...filters, outcome: 'won' }, null)).toBe(true);
    expect(matchesFilters(won, { ...filters, outcome: 'lost' }, null)).toBe(false);
  });
});
