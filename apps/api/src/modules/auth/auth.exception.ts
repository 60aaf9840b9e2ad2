import { AppException } from '../../core/http/app.exception';

export const AuthErrorCode = {
  InvalidCredentials: 'INVALID_CREDENTIALS',
  InvalidRefreshToken: 'INVALID_REFRESH_TOKEN',
  TooManyAttempts: 'TOO_MANY_ATTEMPTS',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

const STATUS: Record<AuthErrorCode, number> = {
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  TOO_MANY_ATTEMPTS: 429,
};

export class AuthException extends AppException<AuthErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}

/** 429 that tells the client when to try again (sent as `Retry-After`). */
export class TooManyAttemptsException extends AuthException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      AuthErrorCode.TooManyAttempts,
      `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`,
    );
  }

  override get headers(): Record<string, string> {
    return { 'retry-after': String(this.retryAfterSeconds) };
  }
}
