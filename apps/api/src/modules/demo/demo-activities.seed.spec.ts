import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES } from '@loved/shared';
import { DEMO_ACTIVITIES } from './demo-activities.seed';
import { DEMO_LEADS } from './demo-leads.seed';

describe('demo activities', () => {
  it("belong to open demo leads of the admin's, so the admin sees them in Minha agenda", () => {
    for (const activity of DEMO_ACTIVITIES) {
      const lead = DEMO_LEADS.find((candidate) => candidate.name === activity.leadName);
      expect(lead, activity.leadName).toMatchObject({ assignedToAdmin: true });
      expect(lead?.outcome, activity.leadName).toBeUndefined();
    }
  });

  it('fill every group of the day: overdue, today (one already done) and upcoming', () => {
    expect(DEMO_ACTIVITIES.some((a) => a.day < 0 && !a.done)).toBe(true);
    expect(DEMO_ACTIVITIES.some((a) => a.day === 0 && a.done)).toBe(true);
    expect(DEMO_ACTIVITIES.some((a) => a.day === 0 && !a.done)).toBe(true);
    expect(DEMO_ACTIVITIES.some((a) => a.day > 0 && a.day <= 7)).toBe(true);
  });

  it('use valid types and wall-clock times', () => {
    for (const activity of DEMO_ACTIVITIES) {
      expect(ACTIVITY_TYPES).toContain(activity.type);
      expect(activity.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
  });
});
