/**
 * `part / whole` as a decimal string with 4 places, rounded half up, in integer arithmetic (no
 * float drift: 2/3 is "0.6667", 1/8 is "0.1250"); null when `whole` is 0.
 */
export function ratio(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  const scaled = (p * 20_000n + w) / (2n * w);
  return `${scaled / 10_000n}.${String(scaled % 10_000n).padStart(4, '0')}`;
}
