/**
 * Wall-clock dates and times in a named time zone, turned into instants: for the demo's
 * activities ("today at 10:00" in the organisation's zone). The API's own "today" is
 * PostgreSQL's (`ActivityRepository.dayBounds`); this must agree with it.
 */

const DATE_PARTS = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;

/** The calendar date (`YYYY-MM-DD`) that `instant` falls on in `timeZone`. */
export function dateIn(timeZone: string, instant: Date = new Date()): string {
  // en-CA writes dates as ISO 8601 does.
  return new Intl.DateTimeFormat('en-CA', { timeZone, ...DATE_PARTS }).format(instant);
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** How far `timeZone`'s wall clock is ahead of UTC at `epochMs`, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    ...DATE_PARTS,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** The instant at which `timeZone`'s clocks show `date` `time` (`HH:MM`). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const asIfUtc = Date.parse(`${date}T${time}:00.000Z`);
  const first = offsetAt(asIfUtc, timeZone);
  // Near a daylight-saving change the offset at the guess may differ from the one at the answer.
  const second = offsetAt(asIfUtc - first, timeZone);
  return new Date(asIfUtc - second);
}
