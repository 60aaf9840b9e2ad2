import { AppException } from '../http/app.exception';

export const TenancyErrorCode = {
  MissingOrganizationHeader: 'MISSING_ORGANIZATION_HEADER',
  MalformedOrganizationHeader: 'MALFORMED_ORGANIZATION_HEADER',
  NotAMember: 'NOT_A_MEMBER',
  InsufficientRole: 'INSUFFICIENT_ROLE',
  Unauthenticated: 'UNAUTHENTICATED',
} as const;
export type TenancyErrorCode = (typeof TenancyErrorCode)[keyof typeof TenancyErrorCode];

const STATUS: Record<TenancyErrorCode, number> = {
  MISSING_ORGANIZATION_HEADER: 400,
  MALFORMED_ORGANIZATION_HEADER: 400,
  NOT_A_MEMBER: 403,
  INSUFFICIENT_ROLE: 403,
  UNAUTHENTICATED: 401,
};

export class TenancyException extends AppException<TenancyErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}

/** A programming error: tenant data touched outside a tenant context. Never a client's fault. */
export class TenantContextMissingError extends Error {
  constructor(what: string) {
    super(`No tenant context: ${what} needs a request or job that entered an organisation`);
  }
}
