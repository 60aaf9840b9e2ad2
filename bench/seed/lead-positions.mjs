// Board positions as the app stores them (apps/api/src/modules/leads/utils/lead-position.util.ts):
// base-62 keys compared byte by byte (COLLATE "C") whose head letter gives the length of the
// integer part ('a' 1 digit, 'b' 2, 'c' 3, 'd' 4). Seeded columns get consecutive integer keys,
// as the 1796400000000-positions migration numbers existing columns: short, with room above,
// below and between every card.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEADS = ['a', 'b', 'c', 'd'];

function integerKey(n) {
  let width = 1;
  while (n >= DIGITS.length ** width) width += 1;
  if (width > HEADS.length) throw new Error(`too many leads in one column: ${n + 1}`);
  let key = '';
  let rest = n;
  for (let i = 0; i < width; i += 1) {
    key = DIGITS[rest % DIGITS.length] + key;
    rest = Math.floor(rest / DIGITS.length);
  }
  return HEADS[width - 1] + key;
}

/** `count` ordered, unique keys. */
export function columnPositions(count) {
  return Array.from({ length: count }, (_, i) => integerKey(i));
}
