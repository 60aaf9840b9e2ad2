import { AppException } from '../../core/http/app.exception';

export const LiveErrorCode = {
  InvalidStreamToken: 'INVALID_STREAM_TOKEN',
} as const;
export type LiveErrorCode = (typeof LiveErrorCode)[keyof typeof LiveErrorCode];

const STATUS: Record<LiveErrorCode, number> = {
  INVALID_STREAM_TOKEN: 401,
};

export class LiveException extends AppException<LiveErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
