import { describe, expect, it } from 'vitest';
import { MONTHLY_SUMMARY_LIMIT, monthWindow } from './summary-quota.util';

describe('summary quota', () => {
  it('gives each plan its monthly limit', () => {
    expect(MONTHLY_SUMMARY_LIMIT).toEqual({ free: 10, pro: 100, enterprise: null });
  });

  it('counts the calendar month in UTC and resets at its end', () => {
    expect(monthWindow(new Date('2026-12-31T23:59:59.999Z'))).toEqual({
      start: new Date('2026-12-01T00:00:00.000Z'),
      resetsAt: new Date('2027-01-01T00:00:00.000Z'),
    });
    expect(monthWindow(new Date('2027-02-01T00:00:00.000Z')).start).toEqual(
      new Date('2027-02-01T00:00:00.000Z'),
    );
  });
});
