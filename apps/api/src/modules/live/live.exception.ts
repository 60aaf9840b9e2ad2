import { AppException } from '../../core/http/app.exception';

export const LiveErrorCode = {
  InvalidStreamToken: 'INVALID_STREAM_TOKEN',
  /** The same code as the tenant guard's refusal, so clients explain it the same way. */
  NotAMember: 'NOT_A_MEMBER',
} as const;
export type LiveErrorCode = (typeof LiveErrorCode)[keyof typeof LiveErrorCode];

const STATUS: Record<LiveErrorCode, number> = {
  INVALID_STREAM_TOKEN: 401,
  NOT_A_MEMBER: 403,
};

export class LiveException extends AppException<LiveErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
