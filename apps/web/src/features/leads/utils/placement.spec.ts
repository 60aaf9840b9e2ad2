import { describe, expect, it } from 'vitest';
import { placementAt } from '@/features/leads/utils/placement';

const column = ['a', 'b', 'c'];

describe('placementAt', () => {
  it('puts a card dropped at the top right above the first card', () => {
    expect(placementAt(column, 0)).toEqual({ before_id: 'b' });
  });

  it('puts a card dropped in the middle between its neighbours', () => {
    expect(placementAt(column, 1)).toEqual({ after_id: 'a', before_id: 'c' });
  });

  it('puts a card dropped at the end right below the last card', () => {
    expect(placementAt(column, 2)).toEqual({ after_id: 'b' });
  });

  it('names no neighbour for the only card of a column', () => {
    expect(placementAt(['a'], 0)).toEqual({});
  });
});
