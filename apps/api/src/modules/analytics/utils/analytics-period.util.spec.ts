import { describe, expect, it } from 'vitest';
import { dayNumber, isCalendarDate, periodProblem } from './analytics-period.util';

describe('analytics period', () => {
  it('takes real calendar dates only', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it('counts days between dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect((dayNumber('2025-01-01') ?? 0) - (dayNumber('2024-01-01') ?? 0)).toBe(366);
  });

  it('refuses from after to, and periods over 366 days counting both ends', () => {
    expect(periodProblem('2026-03-02', '2026-03-01')).toBe('from must not be after to');
    expect(periodProblem('2026-03-01', '2026-03-01')).toBeNull();
    // 2024 is a leap year: 2024-01-01..2024-12-31 is 366 days, one more day is too many.
    expect(periodProblem('2024-01-01', '2024-12-31')).toBeNull();
    expect(periodProblem('2024-01-01', '2025-01-01')).toBe('the period must not exceed 366 days');
  });
});
