// Today's fractional keys (apps/api/src/modules/leads/utils/lead-position.util.ts), copied so
// the move ceiling computes the same keys and rebalances at the same length as the API.
// Update this file together with the app when the key scheme changes.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
export const POSITION_REBALANCE_LENGTH = 24;

function midpoint(a, b) {
  if (b !== null) {
    let common = 0;
    while ((a[common] ?? '0') === b[common]) common += 1;
    if (common > 0) return b.slice(0, common) + midpoint(a.slice(common), b.slice(common));
  }
  const digitA = a ? DIGITS.indexOf(a[0]) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]) : BASE;
  if (digitB - digitA > 1) return DIGITS[Math.round((digitA + digitB) / 2)];
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA] + midpoint(a.slice(1), null);
}

export const positionBetween = (before, after) => midpoint(before ?? '', after);

export function evenlySpacedPositions(count) {
  let width = 1;
  while (BASE ** width < (count + 1) * 4) width += 1;
  const step = Math.floor(BASE ** width / (count + 1));
  return Array.from({ length: count }, (_, index) => {
    let rest = step * (index + 1);
    let key = '';
    for (let i = 0; i < width; i += 1) {
      key = DIGITS[rest % BASE] + key;
      rest = Math.floor(rest / BASE);
    }
    return key.replace(/0+$/, '');
  });
}
