import { describe, expect, it } from 'vitest';
import { isInstant } from './is-instant';

describe('isInstant', () => {
  it.each([
    '2026-12-04T10:00:00-03:00',
    '2026-12-04T10:00:00Z',
    '2026-12-04T10:00Z',
    '2026-12-04T10:00:00.123+05:30',
    '2026-12-04T10:00:00-0300',
  ])('takes %s', (value) => {
    expect(isInstant(value)).toBe(true);
  });

  it.each([
    ['no offset', '2026-12-04T10:00:00'],
    ['a date only', '2026-12-04'],
    ['an impossible date', '2026-02-30T10:00:00Z'],
    ['year zero', '0000-12-04T10:00:00Z'],
    ['a five-digit year', '+02026-12-04T10:00:00Z'],
    ['an offset out of range', '2026-12-04T10:00:00+99:99'],
    ['words', 'amanhã às 10h'],
    ['a number', 1_764_842_400_000],
  ])('refuses %s', (_, value) => {
    expect(isInstant(value)).toBe(false);
  });
});
