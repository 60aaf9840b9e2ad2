import { describe, expect, it } from 'vitest';
import { dueWhen, hoursSince, timeLeft } from '@/utils/deal-time';

const NOW = new Date(2026, 11, 4, 9, 30).getTime();

describe('dueWhen', () => {
  it('calls a past instant overdue, even a minute ago', () => {
    expect(dueWhen(new Date(NOW - 60_000).toISOString(), NOW)).toEqual({ kind: 'overdue' });
  });

  it('tells today, tomorrow and later days apart by the calendar', () => {
    expect(dueWhen(new Date(2026, 11, 4, 23, 59).toISOString(), NOW)).toEqual({ kind: 'today' });
    expect(dueWhen(new Date(2026, 11, 5, 0, 1).toISOString(), NOW)).toEqual({ kind: 'tomorrow' });
    expect(dueWhen(new Date(2026, 11, 12, 8).toISOString(), NOW)).toEqual({
      kind: 'later',
      sameYear: true,
    });
    expect(dueWhen(new Date(2027, 0, 8, 8).toISOString(), NOW)).toEqual({
      kind: 'later',
      sameYear: false,
    });
  });
});

describe('timeLeft', () => {
  it('counts whole hours and minutes left', () => {
    const until = new Date(NOW + (3 * 60 + 12) * 60_000 + 30_000).toISOString();
    expect(timeLeft(until, NOW)).toEqual({ hours: 3, minutes: 12 });
  });

  it('is null once the instant has come', () => {
    expect(timeLeft(new Date(NOW).toISOString(), NOW)).toBeNull();
  });
});

describe('hoursSince', () => {
  it('counts whole hours and never goes negative', () => {
    expect(hoursSince(new Date(NOW - 5.9 * 3_600_000).toISOString(), NOW)).toBe(5);
    expect(hoursSince(new Date(NOW + 60_000).toISOString(), NOW)).toBe(0);
  });
});
