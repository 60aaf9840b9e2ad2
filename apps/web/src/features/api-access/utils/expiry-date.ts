/** `YYYY-MM-DD` of a day in the browser's time zone, as `<input type="date">` holds it. */
function toDateInputValue(day: Date): string {
  const month = String(day.getMonth() + 1).padStart(2, '0');
  const date = String(day.getDate()).padStart(2, '0');
  return `${day.getFullYear()}-${month}-${date}`;
}

/** The first day a key may expire on: tomorrow (the API wants an instant in the future). */
export function earliestExpiryDate(now: Date = new Date()): string {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return toDateInputValue(tomorrow);
}

/**
 * The instant a key picked to expire "on" a day stops working: the end of that day where the
 * admin is, so the key still works all of that day. Null for no date, or one not a real day.
 */
export function expiryDateToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const end = new Date(year, month - 1, day, 23, 59, 59, 999);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}
