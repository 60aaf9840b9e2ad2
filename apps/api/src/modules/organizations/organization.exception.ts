import { AppException } from '../../core/http/app.exception';

export const OrganizationErrorCode = {
  NotFound: 'ORGANIZATION_NOT_FOUND',
  MemberNotFound: 'MEMBER_NOT_FOUND',
  LastAdmin: 'LAST_ADMIN',
  AlreadyMember: 'ALREADY_MEMBER',
  InvitationInvalid: 'INVITATION_INVALID',
  InvitationExpired: 'INVITATION_EXPIRED',
  InvitationForAnotherEmail: 'INVITATION_FOR_ANOTHER_EMAIL',
} as const;
export type OrganizationErrorCode =
  (typeof OrganizationErrorCode)[keyof typeof OrganizationErrorCode];

const STATUS: Record<OrganizationErrorCode, number> = {
  ORGANIZATION_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  LAST_ADMIN: 409,
  ALREADY_MEMBER: 409,
  INVITATION_INVALID: 404,
  INVITATION_EXPIRED: 410,
  INVITATION_FOR_ANOTHER_EMAIL: 403,
};

export class OrganizationException extends AppException<OrganizationErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
