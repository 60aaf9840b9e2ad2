import { LeadEventType, LeadStage } from '@loved/shared';
import { describe, expect, it } from 'vitest';
import type { LeadChange } from '../lead-events.service';
import { LeadErrorCode, LeadException } from '../lead.exception';
import {
  applyOutcome,
  canSeeLead,
  defaultAssignee,
  refuseForeignAssignment,
  type LeadOutcomeState,
} from './lead-rules.util';

const AGENT = { isAgent: true, userId: 'agent-1' };
const MANAGER = { isAgent: false, userId: 'manager-1' };

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof LeadException) return error.code;
    throw error;
  }
  return undefined;
};

describe('lead visibility and assignment rules', () => {
  it('lets an agent see their own and unassigned leads only; managers see all', () => {
    expect(canSeeLead(AGENT, 'agent-1')).toBe(true);
    expect(canSeeLead(AGENT, null)).toBe(true);
    expect(canSeeLead(AGENT, 'agent-2')).toBe(false);
    expect(canSeeLead(MANAGER, 'agent-2')).toBe(true);
  });

  it('gives a new lead to the agent who creates it unless an assignee is named', () => {
    expect(defaultAssignee(AGENT, undefined)).toBe('agent-1');
    expect(defaultAssignee(AGENT, null)).toBe('agent-1');
    expect(defaultAssignee(MANAGER, undefined)).toBeNull();
    expect(defaultAssignee(MANAGER, 'agent-2')).toBe('agent-2');
  });

  it('refuses an agent assigning a lead to someone else', () => {
    expect(codeOf(() => refuseForeignAssignment(AGENT, 'agent-2'))).toBe(
      LeadErrorCode.AssignmentNotAllowed,
    );
    expect(codeOf(() => refuseForeignAssignment(AGENT, 'agent-1'))).toBeUndefined();
    expect(codeOf(() => refuseForeignAssignment(AGENT, null))).toBeUndefined();
    expect(codeOf(() => refuseForeignAssignment(MANAGER, 'agent-2'))).toBeUndefined();
  });
});

describe('applyOutcome', () => {
  const lead = (overrides: Partial<LeadOutcomeState> = {}): LeadOutcomeState => ({
    stage: LeadStage.Fechado,
    outcome: null,
    lostReason: null,
    closedAt: null,
    ...overrides,
  });

  it('sets an outcome in the closed stage and records the change', () => {
    const state = lead();
    const changes: LeadChange[] = [];
    applyOutcome(state, { outcome: 'lost', lost_reason: 'preço' }, changes);
    expect(state).toMatchObject({ outcome: 'lost', lostReason: 'preço' });
    expect(state.closedAt).toBeInstanceOf(Date);
    expect(changes).toEqual([{ type: LeadEventType.OutcomeSet, from: null, to: 'lost' }]);
  });

  it('keeps a lost reason only on a lost lead', () => {
    const closedBefore = new Date('2026-01-01T00:00:00Z');
    const state = lead({ outcome: 'lost', lostReason: 'preço', closedAt: closedBefore });
    applyOutcome(state, { outcome: 'won' }, []);
    expect(state).toMatchObject({ outcome: 'won', lostReason: null });
    // A changed result is a new close: the cycle ends when the final result was set.
    expect(state.closedAt?.getTime()).toBeGreaterThan(closedBefore.getTime());
  });

  it('refuses an outcome outside the closed stage', () => {
    expect(
      codeOf(() => applyOutcome(lead({ stage: LeadStage.Proposta }), { outcome: 'won' }, [])),
    ).toBe(LeadErrorCode.OutcomeNeedsClosedStage);
  });

  it('clears the outcome when the lead leaves the closed stage, recording it', () => {
    const state = lead({ stage: LeadStage.Contato, outcome: 'won', closedAt: new Date() });
    const changes: LeadChange[] = [];
    applyOutcome(state, {}, changes);
    expect(state).toMatchObject({ outcome: null, lostReason: null, closedAt: null });
    expect(changes).toEqual([{ type: LeadEventType.OutcomeSet, from: 'won', to: null }]);
  });
});
