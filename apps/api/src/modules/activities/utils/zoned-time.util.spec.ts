import { describe, expect, it } from 'vitest';
import { addDays, dateIn, zonedInstant } from './zoned-time.util';

describe('zoned time', () => {
  it('reads the calendar date of an instant in a zone', () => {
    const instant = new Date('2026-12-05T02:30:00.000Z');
    expect(dateIn('America/Sao_Paulo', instant)).toBe('2026-12-04');
    expect(dateIn('UTC', instant)).toBe('2026-12-05');
    expect(dateIn('Asia/Tokyo', instant)).toBe('2026-12-05');
  });

  it('moves dates across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('turns a wall-clock time in a zone into its instant', () => {
    expect(zonedInstant('2026-12-04', '23:30', 'America/Sao_Paulo').toISOString()).toBe(
      '2026-12-05T02:30:00.000Z',
    );
    expect(zonedInstant('2026-12-04', '09:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-12-04T03:30:00.000Z',
    );
  });

  it('follows daylight saving time', () => {
    // New York: EST (-05:00) in January, EDT (-04:00) in July.
    expect(zonedInstant('2026-01-15', '10:00', 'America/New_York').toISOString()).toBe(
      '2026-01-15T15:00:00.000Z',
    );
    expect(zonedInstant('2026-07-15', '10:00', 'America/New_York').toISOString()).toBe(
      '2026-07-15T14:00:00.000Z',
    );
  });
});
