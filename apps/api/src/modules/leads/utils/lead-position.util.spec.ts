import { describe, expect, it } from 'vitest';
import { evenlySpacedPositions, positionBetween, positionsBetween } from './lead-position.util';

describe('positionBetween', () => {
  it('finds a key between two keys', () => {
    const key = positionBetween('a', 'b');
    expect(key > 'a' && key < 'b').toBe(true);
  });

  it('handles open ends', () => {
    const first = positionBetween(null, null);
    expect(positionBetween(null, first) < first).toBe(true);
    expect(positionBetween(first, null) > first).toBe(true);
  });

  it('keeps order through many insertions at the same spot', () => {
    const keys = [positionBetween(null, null)];
    let low = keys[0] as string;
    const high = positionBetween(low, null);
    for (let i = 0; i < 200; i += 1) {
      const key = positionBetween(low, high);
      expect(key > low && key < high).toBe(true);
      low = key;
    }
  });

  it('keeps order when always inserting at the top', () => {
    let top = positionBetween(null, null);
    for (let i = 0; i < 200; i += 1) {
      const key = positionBetween(null, top);
      expect(key < top).toBe(true);
      top = key;
    }
  });

  it('refuses neighbours in the wrong order', () => {
    expect(() => positionBetween('b', 'a')).toThrow();
  });
});

describe('positionsBetween', () => {
  it('gives many ordered, distinct, short keys inside a gap', () => {
    const top = positionBetween(null, null);
    const keys = positionsBetween(null, top, 5000);
    expect(keys).toHaveLength(5000);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(5000);
    expect(keys.at(-1)! < top).toBe(true);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(6);
  });
});

describe('evenlySpacedPositions', () => {
  it('gives distinct, ordered, short keys', () => {
    for (const count of [1, 2, 61, 62, 500, 5000]) {
      const keys = evenlySpacedPositions(count);
      expect(keys).toHaveLength(count);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(count);
      expect(keys.every((k) => k.length > 0 && !k.endsWith('0'))).toBe(true);
      expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
    }
  });

  it('leaves room between neighbours', () => {
    const [a, b] = evenlySpacedPositions(2) as [string, string];
    const key = positionBetween(a, b);
    expect(key > a && key < b).toBe(true);
  });
});
