import { AppException } from '../http/app.exception';

export const QueueDashboardErrorCode = {
  CredentialsRequired: 'OPS_CREDENTIALS_REQUIRED',
  CredentialsRefused: 'OPS_CREDENTIALS_REFUSED',
} as const;
export type QueueDashboardErrorCode =
  (typeof QueueDashboardErrorCode)[keyof typeof QueueDashboardErrorCode];

const STATUS: Record<QueueDashboardErrorCode, number> = {
  OPS_CREDENTIALS_REQUIRED: 401,
  OPS_CREDENTIALS_REFUSED: 403,
};

/** The queue dashboard's Basic auth: none given (the browser then asks), or the wrong one. */
export class QueueDashboardException extends AppException<QueueDashboardErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  override get headers(): Record<string, string> {
    return this.code === QueueDashboardErrorCode.CredentialsRequired
      ? { 'www-authenticate': `Basic realm="${QUEUE_DASHBOARD_REALM}", charset="UTF-8"` }
      : {};
  }

  static required(): QueueDashboardException {
    return new QueueDashboardException(
      QueueDashboardErrorCode.CredentialsRequired,
      'The queue dashboard needs the operators’ credentials.',
    );
  }

  static refused(): QueueDashboardException {
    return new QueueDashboardException(
      QueueDashboardErrorCode.CredentialsRefused,
      'These are not the operators’ credentials.',
    );
  }
}

export const QUEUE_DASHBOARD_REALM = 'Loved CRM queues';
