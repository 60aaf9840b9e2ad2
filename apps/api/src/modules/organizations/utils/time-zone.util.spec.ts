import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zone.util';

describe('isTimeZone', () => {
  it.each(['America/Sao_Paulo', 'America/Manaus', 'Europe/Lisbon', 'UTC'])('takes %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', '-03:00', '+05:30', 'america/sao_paulo', '', 'BRT', 42, null])(
    'refuses %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
    },
  );
});
