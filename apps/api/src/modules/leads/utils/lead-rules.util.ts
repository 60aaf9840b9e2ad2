import { LeadEventType, LeadStage, type LeadOutcome } from '@loved/shared';
import type { LeadChange } from '../lead-events.service';
import { LeadErrorCode, LeadException } from '../lead.exception';

/** Who is acting on leads: agents see and take only their own and the unassigned ones. */
export type LeadViewer = { isAgent: boolean; userId: string | undefined };

/** The parts of a lead its outcome rule reads and writes. */
export type LeadOutcomeState = {
  stage: LeadStage;
  outcome: LeadOutcome | null;
  lostReason: string | null;
  /** When the result was set (analytics' period and cycle time); null while open. */
  closedAt: Date | null;
};

export type OutcomeInput = {
  outcome?: LeadOutcome | null;
  lost_reason?: string | null;
  /** Closing a deal as lost from the board must say why (PATCH keeps its older leniency). */
  require_lost_reason?: boolean;
};

/** Managers and admins see every lead; an agent sees the leads assigned to them or to nobody. */
export function canSeeLead(viewer: LeadViewer, assignedUserId: string | null): boolean {
  return !viewer.isAgent || assignedUserId === null || assignedUserId === viewer.userId;
}

/** A new lead without an assignee goes to the agent who creates it; others leave it open. */
export function defaultAssignee(
  viewer: LeadViewer,
  requested: string | null | undefined,
): string | null {
  return requested ?? (viewer.isAgent ? (viewer.userId ?? null) : null);
}

/** An agent may only take a lead or leave it unassigned; membership is checked elsewhere. */
export function refuseForeignAssignment(viewer: LeadViewer, assigneeId: string | null): void {
  if (assigneeId === null || !viewer.isAgent || assigneeId === viewer.userId) return;
  throw new LeadException(
    LeadErrorCode.AssignmentNotAllowed,
    'Agents may only assign leads to themselves.',
    {},
    'assigned_user_id',
  );
}

/**
 * Puts the lead in `stage` (its position is the caller's), restarting its days in stage and
 * recording the change. False when it is there already.
 */
export function changeStage(
  lead: { stage: LeadStage; stageChangedAt: Date },
  stage: LeadStage,
  changes: LeadChange[],
): boolean {
  if (lead.stage === stage) return false;
  changes.push({ type: LeadEventType.StageChanged, from: lead.stage, to: stage });
  lead.stage = stage;
  lead.stageChangedAt = new Date();
  return true;
}

/**
 * An outcome (won/lost) belongs to the `fechado` stage: refused elsewhere, cleared when the lead
 * leaves it, and a lost reason only stays on a lost lead. Records each outcome change.
 */
export function applyOutcome(
  lead: LeadOutcomeState,
  input: OutcomeInput,
  changes: LeadChange[],
): void {
  if (lead.stage !== LeadStage.Fechado) {
    if (input.outcome) {
      throw new LeadException(
        LeadErrorCode.OutcomeNeedsClosedStage,
        'An outcome (won/lost) is only valid for leads in the closed stage.',
        {},
        'outcome',
      );
    }
    if (lead.outcome !== null) {
      changes.push({ type: LeadEventType.OutcomeSet, from: lead.outcome, to: null });
    }
    lead.outcome = null;
    lead.lostReason = null;
    lead.closedAt = null;
    return;
  }
  if (input.outcome !== undefined && input.outcome !== lead.outcome) {
    changes.push({ type: LeadEventType.OutcomeSet, from: lead.outcome, to: input.outcome });
    lead.outcome = input.outcome;
    lead.closedAt = input.outcome === null ? null : new Date();
  }
  if (input.lost_reason !== undefined) lead.lostReason = input.lost_reason;
  if (lead.outcome !== 'lost') lead.lostReason = null;
  if (input.require_lost_reason && lead.outcome === 'lost' && !lead.lostReason?.trim()) {
    throw new LeadException(
      LeadErrorCode.LostReasonRequired,
      'Say why the deal was lost (lost_reason).',
      {},
      'lost_reason',
    );
  }
}
