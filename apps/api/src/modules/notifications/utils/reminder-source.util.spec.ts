import { describe, expect, it } from 'vitest';
import { reminderSourceId } from './reminder-source.util';

const ACTIVITY = '0b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('reminderSourceId', () => {
  it('is a UUID, the same for the same activity and due time', () => {
    const at = new Date('2026-12-04T13:00:00.000Z');
    expect(reminderSourceId(ACTIVITY, at)).toMatch(UUID);
    expect(reminderSourceId(ACTIVITY, new Date(at.getTime()))).toBe(reminderSourceId(ACTIVITY, at));
  });

  it('changes when the activity is rescheduled or is another activity', () => {
    const at = new Date('2026-12-04T13:00:00.000Z');
    const later = new Date('2026-12-04T13:30:00.000Z');
    const other = '1b6c2f1e-4a8d-4f3b-9c21-7d5e8a9b0c1d';
    expect(reminderSourceId(ACTIVITY, later)).not.toBe(reminderSourceId(ACTIVITY, at));
    expect(reminderSourceId(other, at)).not.toBe(reminderSourceId(ACTIVITY, at));
  });
});
