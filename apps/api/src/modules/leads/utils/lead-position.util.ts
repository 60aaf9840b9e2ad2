/**
 * Fractional ranks: a lead's place in its column is a base-62 string compared byte by byte
 * (the column has COLLATE "C"). A key between two neighbours always exists, so a move writes
 * one row instead of renumbering the column. Keys never end in the smallest digit, which keeps
 * "between" always possible. Repeated inserts at one spot lengthen keys; the column is then
 * rebalanced (see `evenlySpacedPositions`).
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

export const POSITION_REBALANCE_LENGTH = 24;

/** A key strictly between `before` and `after` (either may be missing: column start or end). */
export function positionBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new Error(`positionBetween: ${before} is not before ${after}`);
  }
  return midpoint(before ?? '', after);
}

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let common = 0;
    while ((a[common] ?? '0') === b[common]) common += 1;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const digitA = a ? DIGITS.indexOf(a[0] as string) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0] as string) : BASE;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)] as string;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[digitA] as string) + midpoint(a.slice(1), null);
}

/**
 * `count` ordered keys strictly between `before` and `after`, placed by halving the gap
 * recursively, so they stay short (about log2(count) bits longer than the neighbours).
 */
export function positionsBetween(
  before: string | null,
  after: string | null,
  count: number,
): string[] {
  if (count <= 0) return [];
  const middle = positionBetween(before, after);
  const left = Math.floor((count - 1) / 2);
  return [
    ...positionsBetween(before, middle, left),
    middle,
    ...positionsBetween(middle, after, count - 1 - left),
  ];
}

/** `count` short keys spread evenly over the key space, in order. */
export function evenlySpacedPositions(count: number): string[] {
  let width = 1;
  while (BASE ** width < (count + 1) * 4) width += 1;
  const step = Math.floor(BASE ** width / (count + 1));
  return Array.from({ length: count }, (_, index) => toKey(step * (index + 1), width));
}

function toKey(value: number, width: number): string {
  let key = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    key = (DIGITS[rest % BASE] as string) + key;
    rest = Math.floor(rest / BASE);
  }
  return key.replace(/0+$/, '');
}
