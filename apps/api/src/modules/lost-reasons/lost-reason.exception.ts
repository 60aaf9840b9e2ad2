import { FieldAppException } from '../../core/http/app.exception';

export const LostReasonErrorCode = {
  NotFound: 'LOST_REASON_NOT_FOUND',
  Exists: 'LOST_REASON_EXISTS',
} as const;
export type LostReasonErrorCode = (typeof LostReasonErrorCode)[keyof typeof LostReasonErrorCode];

const STATUS: Record<LostReasonErrorCode, number> = {
  LOST_REASON_NOT_FOUND: 404,
  LOST_REASON_EXISTS: 409,
};

export class LostReasonException extends FieldAppException<LostReasonErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static notFound(): LostReasonException {
    return new LostReasonException(LostReasonErrorCode.NotFound, 'Lost reason not found.');
  }

  static exists(): LostReasonException {
    return new LostReasonException(
      LostReasonErrorCode.Exists,
      'The organisation already has this lost reason.',
      'label',
    );
  }
}
