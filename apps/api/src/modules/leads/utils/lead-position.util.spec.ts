import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_POSITION,
  isValidPosition,
  positionBetween,
  positionsAvoiding,
  positionsBetween,
} from './lead-position.util';

const isStrictlyOrdered = (keys: string[]): boolean =>
  keys.every((key, i) => i === 0 || (keys[i - 1] as string) < key);
const longest = (keys: string[]): number => Math.max(...keys.map((k) => k.length));

/** Where an insert lands in a column of n keys: 0 = top, n = bottom, else between i-1 and i. */
const insertInto = (column: string[], slot: number): void => {
  const at = Math.min(slot, column.length);
  column.splice(at, 0, positionBetween(column[at - 1] ?? null, column[at] ?? null));
};

describe('positionBetween', () => {
  it('starts an empty column with a short key', () => {
    expect(positionBetween(null, null)).toBe(FIRST_POSITION);
  });

  it('finds a key between two keys', () => {
    const key = positionBetween('a0', 'a1');
    expect(key > 'a0' && key < 'a1').toBe(true);
  });

  it('keeps 10,000 top inserts under 6 characters', () => {
    let top = positionBetween(null, null);
    for (let i = 0; i < 10_000; i += 1) {
      const key = positionBetween(null, top);
      expect(key < top).toBe(true);
      top = key;
    }
    expect(top.length).toBeLessThan(6);
  });

  it('keeps 10,000 bottom inserts under 6 characters', () => {
    let bottom = positionBetween(null, null);
    for (let i = 0; i < 10_000; i += 1) {
      const key = positionBetween(bottom, null);
      expect(key > bottom).toBe(true);
      bottom = key;
    }
    expect(bottom.length).toBeLessThan(6);
  });

  it('refuses neighbours in the wrong order', () => {
    expect(() => positionBetween('a1', 'a0')).toThrow();
  });

  it('refuses keys of the old scheme', () => {
    expect(isValidPosition('U')).toBe(false);
    expect(isValidPosition('7V')).toBe(false);
    expect(isValidPosition('a0V0')).toBe(false);
    expect(isValidPosition('a0V')).toBe(true);
    expect(() => positionBetween('U1', null)).toThrow();
  });
});

describe('positionBetween under random insert sequences', () => {
  it('keeps keys strictly ordered, unique, valid and short', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('top' as const),
            fc.constant('bottom' as const),
            fc.nat({ max: 10_000 }),
          ),
          { minLength: 1, maxLength: 400 },
        ),
        (steps) => {
          const column: string[] = [];
          for (const step of steps) {
            if (step === 'top') insertInto(column, 0);
            else if (step === 'bottom') insertInto(column, column.length);
            else insertInto(column, column.length === 0 ? 0 : step % (column.length + 1));
          }
          expect(isStrictlyOrdered(column)).toBe(true);
          expect(column.every(isValidPosition)).toBe(true);
          // Random spots spread the inserts; only one spot hammered would lengthen keys.
          expect(longest(column)).toBeLessThanOrEqual(16);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps runs of top and bottom inserts logarithmic', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 5_000 }), (tops) => {
        const column = [positionBetween(null, null)];
        for (const top of tops) insertInto(column, top ? 0 : column.length);
        expect(isStrictlyOrdered(column)).toBe(true);
        expect(longest(column)).toBeLessThanOrEqual(4);
      }),
      { numRuns: 50 },
    );
  });
});

describe('positionsBetween', () => {
  it('gives many ordered, distinct, short keys inside a gap', () => {
    const keys = positionsBetween('a0', 'a1', 5000);
    expect(keys).toHaveLength(5000);
    expect(isStrictlyOrdered(['a0', ...keys, 'a1'])).toBe(true);
    expect(longest(keys)).toBeLessThanOrEqual(6);
  });

  it('gives ordered keys above a column top and below its bottom', () => {
    const above = positionsBetween(null, 'a0', 1000);
    const below = positionsBetween('a0', null, 1000);
    expect(isStrictlyOrdered([...above, 'a0', ...below])).toBe(true);
    expect(longest([...above, ...below])).toBeLessThanOrEqual(3);
  });

  it('fits any count between any two ordered keys', () => {
    const key = fc.array(fc.nat({ max: 2_000 }), { minLength: 1, maxLength: 60 }).map((slots) => {
      const column: string[] = [];
      for (const slot of slots) insertInto(column, slot % (column.length + 1));
      return column;
    });
    fc.assert(
      fc.property(key, fc.nat({ max: 300 }), fc.nat(), (column, count, pick) => {
        const low = column[pick % column.length] ?? null;
        const high = column[(pick % column.length) + 1] ?? null;
        const keys = positionsBetween(low, high, count);
        expect(keys).toHaveLength(count);
        expect(isStrictlyOrdered(keys)).toBe(true);
        expect(keys.every((k) => (low === null || k > low) && (high === null || k < high))).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('positionsAvoiding', () => {
  it('never hands out a key in use, and keeps the order', () => {
    const fresh = positionsBetween('a0', 'a1', 50);
    const taken = new Set(fresh.filter((_, i) => i % 3 === 0));
    const keys = positionsAvoiding('a0', 'a1', 50, taken);
    expect(keys.some((k) => taken.has(k))).toBe(false);
    expect(isStrictlyOrdered(['a0', ...keys, 'a1'])).toBe(true);
  });
});
