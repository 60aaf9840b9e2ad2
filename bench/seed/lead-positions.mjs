// Board positions as the app stores them: base-62 keys compared byte by byte (COLLATE "C"),
// never ending in '0'. Seeded keys are fixed width ('U' + 4 digits) and evenly spaced, so there
// is room above, below and between every card, as after a fresh rebalance.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const WIDTH = 4;
const SPACE = DIGITS.length ** WIDTH;

function toKey(value) {
  let key = '';
  let rest = value;
  for (let i = 0; i < WIDTH; i += 1) {
    key = DIGITS[rest % DIGITS.length] + key;
    rest = Math.floor(rest / DIGITS.length);
  }
  return `U${key}`;
}

/** `count` ordered, unique keys; a value ending in '0' is nudged by one (the step is ≥ 2). */
export function columnPositions(count) {
  const step = Math.floor(SPACE / (count + 1));
  if (step < 2) throw new Error(`too many leads in one column for ${WIDTH}-digit keys: ${count}`);
  return Array.from({ length: count }, (_, i) => {
    let value = step * (i + 1);
    if (value % DIGITS.length === 0) value += 1;
    return toKey(value);
  });
}
