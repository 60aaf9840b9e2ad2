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
};

export class LeadException extends AppException<LeadErrorCode> {
  constructor(
    code: LeadErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
    field?: string,
  ) {
    super(code, message, field ? [{ field, message }] : undefined);
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

  static duplicate(
    existing: { id: string; name: string },
    field: 'email' | 'phone',
  ): LeadException {
    const label = field === 'email' ? 'e-mail' : 'telefone';
    return new LeadException(
      LeadErrorCode.Duplicate,
      `Já existe um lead com este ${label}: ${existing.name}. Envie allow_duplicate: true para criar mesmo assim.`,
      { existing_lead: existing },
      field,
    );
  }

  static invalid(field: string, message: string): LeadException {
    return new LeadException(LeadErrorCode.InvalidField, message, {}, field);
  }
}
