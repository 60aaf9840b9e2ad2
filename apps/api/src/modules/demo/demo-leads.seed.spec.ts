import { describe, expect, it } from 'vitest';
import { LEAD_STAGES } from '@loved/shared';
import { normalizePhone } from '../leads/utils/lead-phone.util';
import { DEMO_LEADS } from './demo-leads.seed';

describe('demo leads', () => {
  it('fill every stage of the board', () => {
    expect(new Set(DEMO_LEADS.map((lead) => lead.stage))).toEqual(new Set(LEAD_STAGES));
  });

  it('have valid, distinct phones and e-mails, so none is refused as a duplicate', () => {
    const keys = DEMO_LEADS.map((lead) => normalizePhone(lead.phone ?? '')?.matchKey);
    expect(keys.every((key) => key !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(DEMO_LEADS.length);
    expect(new Set(DEMO_LEADS.map((lead) => lead.email)).size).toBe(DEMO_LEADS.length);
  });

  it('close deals only in fechado, some won and some lost', () => {
    const closed = DEMO_LEADS.filter((lead) => lead.outcome !== undefined);
    expect(closed.every((lead) => lead.stage === 'fechado')).toBe(true);
    expect(new Set(closed.map((lead) => lead.outcome))).toEqual(new Set(['won', 'lost']));
  });

  it('assign some leads to the admin and leave others unassigned', () => {
    expect(DEMO_LEADS.some((lead) => lead.assignedToAdmin)).toBe(true);
    expect(DEMO_LEADS.some((lead) => !lead.assignedToAdmin)).toBe(true);
  });
});
