import type { LeadResponse } from '@loved/shared';
import { AppException } from '../../core/http/app.exception';

export const LeadErrorCode = {
  NotFound: 'LEAD_NOT_FOUND',
  StaleVersion: 'LEAD_STALE_VERSION',
  Duplicate: 'LEAD_DUPLICATE',
  InvalidField: 'LEAD_INVALID_FIELD',
  AssigneeNotMember: 'LEAD_ASSIGNEE_NOT_MEMBER',
  AssignmentNotAllowed: 'LEAD_ASSIGNMENT_NOT_ALLOWED',
  NeighbourNotInStage: 'LEAD_NEIGHBOUR_NOT_IN_STAGE',
  OutcomeNeedsClosedStage: 'LEAD_OUTCOME_NEEDS_CLOSED_STAGE',
  LostReasonRequired: 'LEAD_LOST_REASON_REQUIRED',
  DeleteNotAllowed: 'LEAD_DELETE_NOT_ALLOWED',
} as const;
export type LeadErrorCode = (typeof LeadErrorCode)[keyof typeof LeadErrorCode];

const STATUS: Record<LeadErrorCode, number> = {
  LEAD_NOT_FOUND: 404,
  LEAD_STALE_VERSION: 409,
  LEAD_DUPLICATE: 409,
  LEAD_INVALID_FIELD: 400,
  LEAD_ASSIGNEE_NOT_MEMBER: 400,
  LEAD_ASSIGNMENT_NOT_ALLOWED: 403,
  LEAD_NEIGHBOUR_NOT_IN_STAGE: 409,
  LEAD_OUTCOME_NEEDS_CLOSED_STAGE: 400,
  LEAD_LOST_REASON_REQUIRED: 400,
  LEAD_DELETE_NOT_ALLOWED: 403,
};

/** The field error's code unless one is given: the problem's code in camelCase, as `duplicate`. */
const fieldCodeOf = (code: LeadErrorCode): string =>
  code
    .replace(/^LEAD_/, '')
    .toLowerCase()
    .replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

export class LeadException extends AppException<LeadErrorCode> {
  constructor(
    code: LeadErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
    field?: string,
    fieldCode: string = fieldCodeOf(code),
  ) {
    super(code, message, field ? [{ field, code: fieldCode, message }] : undefined);
  }

  get status(): number {
    return STATUS[this.code];
  }

  override get extensions(): Record<string, unknown> {
    return this.extra;
  }

  static notFound(): LeadException {
    return new LeadException(LeadErrorCode.NotFound, 'Lead não encontrado.');
  }

  static stale(current: LeadResponse): LeadException {
    return new LeadException(
      LeadErrorCode.StaleVersion,
      'Este lead foi alterado por outra pessoa. Revise a versão atual e tente de novo.',
      { current },
    );
  }

  /**
   * `existing` is null when the caller may not see that lead: the answer then says only that a
   * duplicate exists, never which lead it is.
   */
  static duplicate(
    existing: { id: string; name: string } | null,
    field: 'email' | 'phone',
  ): LeadException {
    const label = field === 'email' ? 'e-mail' : 'phone';
    const named = existing ? `: ${existing.name}` : '';
    return new LeadException(
      LeadErrorCode.Duplicate,
      `A lead with this ${label} already exists${named}. Send allow_duplicate: true to create it anyway.`,
      existing ? { existing_lead: existing } : {},
      field,
    );
  }

  /** `fieldCode` names the broken rule for the field error, as class-validator names its own. */
  static invalid(field: string, fieldCode: string, message: string): LeadException {
    return new LeadException(LeadErrorCode.InvalidField, message, {}, field, fieldCode);
  }
}
