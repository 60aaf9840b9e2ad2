import { describe, expect, it } from 'vitest';
import {
  fromDueAt,
  isOverdue,
  toDueAt,
  todayIn,
  tomorrowAt,
} from '@/features/activities/utils/activity-time';

describe('toDueAt', () => {
  it('reads 10:00 as São Paulo time (UTC−3), whatever the browser zone', () => {
    expect(toDueAt('2026-12-04', '10:00', 'America/Sao_Paulo')).toBe('2026-12-04T13:00:00.000Z');
  });

  it('reads the same wall clock in another organisation zone', () => {
    expect(toDueAt('2026-12-04', '10:00', 'Asia/Tokyo')).toBe('2026-12-04T01:00:00.000Z');
    // New York is on winter time in December (UTC−5) and summer time in July (UTC−4).
    expect(toDueAt('2026-12-04', '10:00', 'America/New_York')).toBe('2026-12-04T15:00:00.000Z');
    expect(toDueAt('2026-07-04', '10:00', 'America/New_York')).toBe('2026-07-04T14:00:00.000Z');
  });

  it('refuses a day the calendar does not have and malformed input', () => {
    expect(toDueAt('2026-02-31', '10:00', 'America/Sao_Paulo')).toBeNull();
    expect(toDueAt('', '10:00', 'America/Sao_Paulo')).toBeNull();
    expect(toDueAt('2026-12-04', '25:00', 'America/Sao_Paulo')).toBeNull();
  });
});

describe('fromDueAt', () => {
  it('shows an instant as the organisation clock reads it', () => {
    expect(fromDueAt('2026-12-04T13:00:00.000Z', 'America/Sao_Paulo')).toEqual({
      date: '2026-12-04',
      time: '10:00',
    });
    // 01:30Z on the 5th is still the evening of the 4th in São Paulo.
    expect(fromDueAt('2026-12-05T01:30:00.000Z', 'America/Sao_Paulo')).toEqual({
      date: '2026-12-04',
      time: '22:30',
    });
  });
});

describe('tomorrowAt and todayIn', () => {
  it('count days in the organisation zone, not in UTC', () => {
    // 23:30 in São Paulo on the 4th is already the 5th in UTC.
    const now = new Date('2026-12-05T02:30:00.000Z');
    expect(todayIn('America/Sao_Paulo', now)).toBe('2026-12-04');
    expect(tomorrowAt('America/Sao_Paulo', '10:00', now)).toEqual({
      date: '2026-12-05',
      time: '10:00',
    });
    expect(todayIn('Asia/Tokyo', now)).toBe('2026-12-05');
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-12-04T15:00:00.000Z');

  it('is late only when open and past due', () => {
    expect(isOverdue({ done: false, due_at: '2026-12-04T13:00:00.000Z' }, now)).toBe(true);
    expect(isOverdue({ done: true, due_at: '2026-12-04T13:00:00.000Z' }, now)).toBe(false);
    expect(isOverdue({ done: false, due_at: '2026-12-04T16:00:00.000Z' }, now)).toBe(false);
  });
});
