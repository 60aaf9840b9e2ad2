import { AppException } from '../http/app.exception';

export const MetricsErrorCode = {
  Disabled: 'NOT_FOUND',
  Unauthenticated: 'METRICS_UNAUTHENTICATED',
  Forbidden: 'METRICS_FORBIDDEN',
} as const;
export type MetricsErrorCode = (typeof MetricsErrorCode)[keyof typeof MetricsErrorCode];

const STATUS: Record<MetricsErrorCode, number> = {
  NOT_FOUND: 404,
  METRICS_UNAUTHENTICATED: 401,
  METRICS_FORBIDDEN: 403,
};

export class MetricsException extends AppException<MetricsErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  override get headers(): Record<string, string> {
    return this.code === MetricsErrorCode.Unauthenticated
      ? { 'www-authenticate': 'Bearer realm="metrics"' }
      : {};
  }

  /** Without METRICS_TOKEN the endpoint does not exist: answer as for any unknown path. */
  static disabled(): MetricsException {
    return new MetricsException(MetricsErrorCode.Disabled, 'No route: /metrics');
  }

  static unauthenticated(): MetricsException {
    return new MetricsException(
      MetricsErrorCode.Unauthenticated,
      'Send the metrics token as Authorization: Bearer <token>.',
    );
  }

  static forbidden(): MetricsException {
    return new MetricsException(MetricsErrorCode.Forbidden, 'This token cannot read metrics.');
  }
}
