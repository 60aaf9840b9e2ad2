import { describe, expect, it } from 'vitest';
import { earliestExpiryDate, expiryDateToIso } from '@/features/api-access/utils/expiry-date';

describe('expiry date', () => {
  it('offers tomorrow as the earliest day, across a month end', () => {
    expect(earliestExpiryDate(new Date(2026, 0, 31, 15, 0))).toBe('2026-02-01');
  });

  it('makes a key picked for a day expire at the end of that day, local time', () => {
    const iso = expiryDateToIso('2026-03-10');

    expect(iso).not.toBeNull();
    const end = new Date(iso ?? '');
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([2026, 2, 10]);
    expect([end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([23, 59, 59]);
  });

  it('answers null for an empty or malformed date', () => {
    expect(expiryDateToIso('')).toBeNull();
    expect(expiryDateToIso('10/03/2026')).toBeNull();
  });
});
