import { describe, expect, it } from 'vitest';
import { ratio } from './analytics-ratio.util';

describe('ratio', () => {
  it('writes four places, rounding half up', () => {
    expect(ratio(1, 2)).toBe('0.5000');
    expect(ratio(2, 3)).toBe('0.6667');
    expect(ratio(1, 3)).toBe('0.3333');
    expect(ratio(1, 8)).toBe('0.1250');
    // 1/16 = 0.0625 exactly; 1/32 = 0.03125 rounds up to 0.0313.
    expect(ratio(1, 32)).toBe('0.0313');
    expect(ratio(3, 3)).toBe('1.0000');
    expect(ratio(0, 5)).toBe('0.0000');
  });

  it('is exact where floats drift (0.1 + 0.2 style): 7/10 and 29/100', () => {
    expect(ratio(7, 10)).toBe('0.7000');
    expect(ratio(29, 100)).toBe('0.2900');
    expect(ratio(100_001, 200_000)).toBe('0.5000');
    expect(ratio(100_010, 200_000)).toBe('0.5001');
  });

  it('is null without a whole', () => {
    expect(ratio(0, 0)).toBeNull();
  });
});
