import { FieldAppException } from '../http/app.exception';
import { IDEMPOTENCY_KEY_HEADER_NAME } from './idempotency.constant';

export const IdempotencyErrorCode = {
  InvalidKey: 'INVALID_IDEMPOTENCY_KEY',
  KeyReused: 'IDEMPOTENCY_KEY_REUSED',
} as const;
export type IdempotencyErrorCode = (typeof IdempotencyErrorCode)[keyof typeof IdempotencyErrorCode];

const STATUS: Record<IdempotencyErrorCode, number> = {
  INVALID_IDEMPOTENCY_KEY: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
};

/** A malformed `Idempotency-Key`, or one already used for a different request. */
export class IdempotencyException extends FieldAppException<IdempotencyErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static invalidKey(): IdempotencyException {
    return new IdempotencyException(
      IdempotencyErrorCode.InvalidKey,
      `The ${IDEMPOTENCY_KEY_HEADER_NAME} header must be 1 to 255 visible ASCII characters.`,
      IDEMPOTENCY_KEY_HEADER_NAME,
    );
  }

  static keyReused(): IdempotencyException {
    return new IdempotencyException(
      IdempotencyErrorCode.KeyReused,
      `This ${IDEMPOTENCY_KEY_HEADER_NAME} was already used for a different request; use a new key.`,
      IDEMPOTENCY_KEY_HEADER_NAME,
    );
  }
}
