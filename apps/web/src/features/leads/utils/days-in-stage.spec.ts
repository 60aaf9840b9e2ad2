import { describe, expect, it } from 'vitest';
import { daysInStage } from '@/features/leads/utils/days-in-stage';

describe('daysInStage', () => {
  const now = new Date(2026, 2, 10, 9, 30);

  it('is 0 for a lead that entered its stage today, even just after midnight', () => {
    expect(daysInStage(new Date(2026, 2, 10, 0, 5).toISOString(), now)).toBe(0);
  });

  it('counts calendar days, so yesterday evening is 1 day ago', () => {
    expect(daysInStage(new Date(2026, 2, 9, 23, 50).toISOString(), now)).toBe(1);
  });

  it('counts 3 days for a lead that moved three days ago', () => {
    expect(daysInStage(new Date(2026, 2, 7, 15, 0).toISOString(), now)).toBe(3);
  });

  it('never answers a negative number when the server clock runs ahead', () => {
    expect(daysInStage(new Date(2026, 2, 11, 8, 0).toISOString(), now)).toBe(0);
  });

  it('answers 0 for a date it cannot read', () => {
    expect(daysInStage('not a date', now)).toBe(0);
  });
});
