import { AppException } from '../../core/http/app.exception';

export const UserErrorCode = {
  NotFound: 'USER_NOT_FOUND',
  EmailTaken: 'EMAIL_TAKEN',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

const STATUS: Record<UserErrorCode, number> = {
  USER_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
};

export class UserException extends AppException<UserErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
