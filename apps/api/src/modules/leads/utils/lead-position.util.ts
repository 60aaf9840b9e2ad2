/**
 * Fractional ranks: a lead's place in its column is a base-62 key compared byte by byte (the
 * column has COLLATE "C"), so a move writes one row instead of renumbering the column.
 *
 * A key is an integer part and a fraction. The integer part starts with a head letter that
 * gives its length ('a' = 1 digit, 'b' = 2, … upwards; 'Z' = 1, 'Y' = 2, … downwards), so the
 * step above the top card or below the bottom one is a decrement or an increment and costs a
 * character only every 62, 3,844, 238,328 … inserts: repeated top or bottom inserts stay short.
 * The fraction (never ending in '0') gives a key between two neighbours with the same integer.
 * Only repeated inserts at one interior spot lengthen keys (about one character per six), and
 * then a local window is rekeyed (see `LeadPositionService`).
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = '0';
const LAST_DIGIT = 'z';
/** The smallest integer has nothing below it, so it can only be a prefix, never a key. */
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;

/** Past this length a new key triggers a rekey of the spot's window. */
export const POSITION_REBALANCE_LENGTH = 24;
/** A rekey window grows until the fresh keys it hands out are at most this long. */
export const POSITION_SHORT_LENGTH = 8;
/** The first key of an empty column. */
export const FIRST_POSITION = 'a0';

export class InvalidPositionError extends Error {}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new InvalidPositionError(`invalid position head: ${head}`);
}

function integerPart(key: string): string {
  const length = integerLength(key.charAt(0));
  if (length > key.length) throw new InvalidPositionError(`invalid position: ${key}`);
  return key.slice(0, length);
}

/** Whether `key` is a key of this scheme (older databases held other shapes; see migration). */
export function isValidPosition(key: string): boolean {
  try {
    assertValid(key);
    return true;
  } catch (error) {
    if (error instanceof InvalidPositionError) return false;
    throw error;
  }
}

function assertValid(key: string): void {
  if (key === SMALLEST_INTEGER || [...key].some((c) => !DIGITS.includes(c))) {
    throw new InvalidPositionError(`invalid position: ${key}`);
  }
  const fraction = key.slice(integerPart(key).length);
  if (fraction.endsWith(ZERO)) throw new InvalidPositionError(`invalid position: ${key}`);
}

/** A digit string strictly between fractions `a` and `b` (b null: no upper bound). */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let common = 0;
    while ((a.charAt(common) || ZERO) === b.charAt(common)) common += 1;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const digitA = a ? DIGITS.indexOf(a.charAt(0)) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b.charAt(0)) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS.charAt(Math.round((digitA + digitB) / 2));
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS.charAt(digitA) + midpoint(a.slice(1), null);
}

function incrementInteger(integer: string): string | null {
  const head = integer.charAt(0);
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const next = DIGITS.indexOf(digits[i] as string) + 1;
    if (next < DIGITS.length) {
      digits[i] = DIGITS.charAt(next);
      return head + digits.join('');
    }
    digits[i] = ZERO;
  }
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
  if (nextHead > 'a') digits.push(ZERO);
  else digits.pop();
  return nextHead + digits.join('');
}

function decrementInteger(integer: string): string | null {
  const head = integer.charAt(0);
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const previous = DIGITS.indexOf(digits[i] as string) - 1;
    if (previous >= 0) {
      digits[i] = DIGITS.charAt(previous);
      return head + digits.join('');
    }
    digits[i] = LAST_DIGIT;
  }
  if (head === 'a') return `Z${LAST_DIGIT}`;
  if (head === 'A') return null;
  const previousHead = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previousHead < 'Z') digits.push(LAST_DIGIT);
  else digits.pop();
  return previousHead + digits.join('');
}

/** A key strictly between `before` and `after` (either may be missing: column start or end). */
export function positionBetween(before: string | null, after: string | null): string {
  if (before !== null) assertValid(before);
  if (after !== null) assertValid(after);
  if (before !== null && after !== null && before >= after) {
    throw new Error(`positionBetween: ${before} is not before ${after}`);
  }
  if (before === null) {
    if (after === null) return FIRST_POSITION;
    const integer = integerPart(after);
    if (integer === SMALLEST_INTEGER) return integer + midpoint('', after.slice(integer.length));
    if (integer < after) return integer;
    const lower = decrementInteger(integer);
    if (lower === null) throw new Error('positionBetween: no key below the smallest integer');
    return lower;
  }
  const integer = integerPart(before);
  const fraction = before.slice(integer.length);
  if (after === null) return incrementInteger(integer) ?? integer + midpoint(fraction, null);
  const afterInteger = integerPart(after);
  if (integer === afterInteger) return integer + midpoint(fraction, after.slice(integer.length));
  const higher = incrementInteger(integer);
  if (higher !== null && higher < after) return higher;
  return integer + midpoint(fraction, null);
}

/**
 * `count` ordered keys strictly between `before` and `after`. At an open end they step by one
 * integer (as repeated top or bottom inserts would); between two keys they halve the gap
 * recursively, so they stay about log62(count) characters longer than the neighbours.
 */
export function positionsBetween(
  before: string | null,
  after: string | null,
  count: number,
): string[] {
  if (count <= 0) return [];
  if (count === 1) return [positionBetween(before, after)];
  if (after === null) {
    const keys = [positionBetween(before, null)];
    while (keys.length < count) keys.push(positionBetween(keys.at(-1) as string, null));
    return keys;
  }
  if (before === null) {
    const keys = [positionBetween(null, after)];
    while (keys.length < count) keys.push(positionBetween(null, keys.at(-1) as string));
    return keys.reverse();
  }
  const middle = positionBetween(before, after);
  const left = Math.floor(count / 2);
  return [
    ...positionsBetween(before, middle, left),
    middle,
    ...positionsBetween(middle, after, count - 1 - left),
  ];
}

/**
 * Like `positionsBetween`, but no key equals one of `taken`: keys that rows outside the rekeyed
 * run still hold when the UPDATE's unique check runs (the moved lead's old key, which changes
 * only afterwards). A clash is nudged up into the gap before the next key, which keeps the
 * order and cannot meet another fresh key.
 */
export function positionsAvoiding(
  before: string | null,
  after: string | null,
  count: number,
  taken: ReadonlySet<string>,
): string[] {
  const keys = positionsBetween(before, after, count);
  return keys.map((key, index) => {
    let free = key;
    while (taken.has(free)) free = positionBetween(free, keys[index + 1] ?? after);
    return free;
  });
}
