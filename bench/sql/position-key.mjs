// The board's fractional keys (apps/api/src/modules/leads/utils/lead-position.util.ts), copied so
// the move ceiling computes the same keys and rekeys at the same length as the API.
// Update this file together with the app when the key scheme changes.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SMALLEST_INTEGER = `A${'0'.repeat(26)}`;
export const POSITION_REBALANCE_LENGTH = 24;
export const POSITION_SHORT_LENGTH = 8;

function integerLength(head) {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 97 + 2;
  if (head >= 'A' && head <= 'Z') return 90 - head.charCodeAt(0) + 2;
  throw new Error(`invalid position head: ${head}`);
}

const integerPart = (key) => key.slice(0, integerLength(key[0]));

function midpoint(a, b) {
  if (b !== null) {
    let common = 0;
    while ((a[common] || '0') === b[common]) common += 1;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const digitA = a ? DIGITS.indexOf(a[0]) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)];
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA] + midpoint(a.slice(1), null);
}

function step(integer, by) {
  const [head, ...digits] = integer;
  const [first, last] = by > 0 ? ['0', 'z'] : ['z', '0'];
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    if (digits[i] !== last) {
      digits[i] = DIGITS[DIGITS.indexOf(digits[i]) + by];
      return head + digits.join('');
    }
    digits[i] = first;
  }
  if (by > 0 && head === 'Z') return 'a0';
  if (by < 0 && head === 'a') return 'Zz';
  if ((by > 0 && head === 'z') || (by < 0 && head === 'A')) return null;
  const next = String.fromCharCode(head.charCodeAt(0) + by);
  if (by > 0 ? next > 'a' : next < 'Z') digits.push(first);
  else digits.pop();
  return next + digits.join('');
}

export function positionBetween(before, after) {
  if (before === null) {
    if (after === null) return 'a0';
    const integer = integerPart(after);
    if (integer === SMALLEST_INTEGER) return integer + midpoint('', after.slice(integer.length));
    return integer < after ? integer : step(integer, -1);
  }
  const integer = integerPart(before);
  const fraction = before.slice(integer.length);
  if (after === null) return step(integer, 1) ?? integer + midpoint(fraction, null);
  if (integer === integerPart(after))
    return integer + midpoint(fraction, after.slice(integer.length));
  const higher = step(integer, 1);
  return higher !== null && higher < after ? higher : integer + midpoint(fraction, null);
}

export function positionsBetween(before, after, count) {
  if (count <= 0) return [];
  if (count === 1) return [positionBetween(before, after)];
  if (after === null) {
    const keys = [positionBetween(before, null)];
    while (keys.length < count) keys.push(positionBetween(keys.at(-1), null));
    return keys;
  }
  if (before === null) {
    const keys = [positionBetween(null, after)];
    while (keys.length < count) keys.push(positionBetween(null, keys.at(-1)));
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

export function positionsAvoiding(before, after, count, taken) {
  const keys = positionsBetween(before, after, count);
  return keys.map((key, index) => {
    let free = key;
    while (taken.has(free)) free = positionBetween(free, keys[index + 1] ?? after);
    return free;
  });
}
