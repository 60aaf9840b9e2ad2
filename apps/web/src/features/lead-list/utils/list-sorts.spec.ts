import { describe, expect, it } from 'vitest';
import { nextSort, sortDirectionOf } from '@/features/lead-list/utils/list-sorts';

describe('nextSort', () => {
  it('cycles a two-way column through both directions and back to the default order', () => {
    expect(nextSort('value', undefined)).toBe('-estimated_value');
    expect(nextSort('value', '-estimated_value')).toBe('estimated_value');
    expect(nextSort('value', 'estimated_value')).toBeUndefined();
  });

  it('sorts last contact newest first, then oldest first, then back to the default', () => {
    expect(nextSort('lastContact', 'name')).toBe('-last_contact_at');
    expect(nextSort('lastContact', '-last_contact_at')).toBe('last_contact_at');
    expect(nextSort('lastContact', 'last_contact_at')).toBeUndefined();
  });

  it('sorts days in stage longest first (the oldest stage change first)', () => {
    expect(nextSort('daysInStage', undefined)).toBe('stage_changed_at');
    expect(sortDirectionOf('daysInStage', 'stage_changed_at')).toBe('descending');
  });
});

describe('sortDirectionOf', () => {
  it('says how each column is ordered', () => {
    expect(sortDirectionOf('name', 'name')).toBe('ascending');
    expect(sortDirectionOf('name', '-name')).toBe('descending');
    expect(sortDirectionOf('name', '-estimated_value')).toBe('none');
    // The latest stage change first: the fewest days in stage first.
    expect(sortDirectionOf('daysInStage', '-stage_changed_at')).toBe('ascending');
  });
});
