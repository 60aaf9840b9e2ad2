import type { LeadResponse } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import type { LeadLookup } from '@/features/leads/types/board';
import {
  centsOf,
  emptyColumns,
  matchesFilters,
  withCardAt,
  withLeadByPosition,
  withoutCard,
} from '@/features/leads/utils/board-columns';
import { makeLead } from '@/testing/lead-factory';

function boardWith(...leads: LeadResponse[]): {
  board: ReturnType<typeof emptyColumns>;
  lookup: LeadLookup;
} {
  const records = new Map(leads.map((lead) => [lead.id, lead]));
  const board = leads.reduce(
    (columns, lead) =>
      withCardAt(columns, lead.id, centsOf(lead), lead.stage, columns[lead.stage].ids.length),
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

    const moved = withCardAt(board, 'a', 150_000, 'proposta', 0);

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
      0,
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
      0,
    );

    expect(next.lead.ids).toEqual(['a']);
    expect(next.lead.count).toBe(2);
  });

  it('takes a deleted lead off the board', () => {
    const { board } = boardWith(makeLead({ id: 'a', stage: 'lead', estimated_value_cents: 100 }));

    expect(withoutCard(board, 'a', 100).lead).toMatchObject({ ids: [], count: 0, totalCents: 0 });
  });

  it('matches the filters as the API does, ignoring accents and case', () => {
    const lead = makeLead({ name: 'João Araújo', tags: ['site'], assigned_user_id: 'u1' });
    const filters = { assignee: 'me', tag: 'site', q: 'joao' } as const;

    expect(matchesFilters(lead, filters, 'u1')).toBe(true);
    expect(matchesFilters(lead, filters, 'u2')).toBe(false);
    expect(matchesFilters(lead, { ...filters, assignee: 'none' }, 'u1')).toBe(false);
    expect(matchesFilters(lead, { ...filters, q: 'maria' }, 'u1')).toBe(false);
  });
});
