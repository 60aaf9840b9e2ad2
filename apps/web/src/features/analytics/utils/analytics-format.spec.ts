import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDecimal,
  formatDuration,
  formatPercentNumber,
} from '@/features/analytics/utils/analytics-format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [200, '3 min 20 s'],
    [7500, '2 h 5 min'],
    [7200, '2 h'],
    [90_000, '1 d 1 h'],
    [172_800, '2 d'],
  ])('writes %d seconds as "%s"', (seconds, expected) => {
    expect(formatDuration(seconds, 'pt-BR')).toBe(expected);
  });

  it('groups large counts the language way', () => {
    expect(formatDuration(1234 * 86_400, 'pt-BR')).toBe('1.234 d');
    expect(formatDuration(1234 * 86_400, 'en')).toBe('1,234 d');
  });
});

describe('formatPercentNumber', () => {
  it('turns the API ratio into a percent with one decimal place', () => {
    expect(formatPercentNumber('0.4286', 'pt-BR')).toBe('42,9');
    expect(formatPercentNumber('0.4286', 'en')).toBe('42.9');
    expect(formatPercentNumber('1.0000', 'pt-BR')).toBe('100,0');
  });
});

describe('formatDecimal and formatCount', () => {
  it('use the language separators', () => {
    expect(formatDecimal('12.5', 'pt-BR')).toBe('12,5');
    expect(formatDecimal('12.5', 'en')).toBe('12.5');
    expect(formatCount(12_345, 'pt-BR')).toBe('12.345');
  });
});
