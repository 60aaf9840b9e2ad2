import { FieldAppException } from '../../core/http/app.exception';

export const AnalyticsErrorCode = {
  InvalidPeriod: 'ANALYTICS_INVALID_PERIOD',
  OwnerForbidden: 'ANALYTICS_OWNER_FORBIDDEN',
} as const;
export type AnalyticsErrorCode = (typeof AnalyticsErrorCode)[keyof typeof AnalyticsErrorCode];

const STATUS: Record<AnalyticsErrorCode, number> = {
  ANALYTICS_INVALID_PERIOD: 400,
  ANALYTICS_OWNER_FORBIDDEN: 403,
};

export class AnalyticsException extends FieldAppException<AnalyticsErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  /** A period that only goes wrong once a missing end is filled in (e.g. `from` after today). */
  static invalidPeriod(problem: string, field: 'from' | 'to'): AnalyticsException {
    return new AnalyticsException(
      AnalyticsErrorCode.InvalidPeriod,
      `Invalid period: ${problem}.`,
      field,
    );
  }

  static ownerForbidden(): AnalyticsException {
    return new AnalyticsException(
      AnalyticsErrorCode.OwnerForbidden,
      'An agent sees only their own figures.',
      'owner_id',
    );
  }
}
