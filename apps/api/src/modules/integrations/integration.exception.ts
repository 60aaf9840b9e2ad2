import { AppException } from '../../core/http/app.exception';

export const IntegrationErrorCode = {
  AccountInUse: 'INTEGRATION_ACCOUNT_IN_USE',
  ProviderNotFound: 'INTEGRATION_PROVIDER_NOT_FOUND',
  EventNotFound: 'WEBHOOK_EVENT_NOT_FOUND',
  EventNotRetryable: 'WEBHOOK_EVENT_NOT_RETRYABLE',
} as const;
export type IntegrationErrorCode = (typeof IntegrationErrorCode)[keyof typeof IntegrationErrorCode];

const STATUS: Record<IntegrationErrorCode, number> = {
  INTEGRATION_ACCOUNT_IN_USE: 409,
  INTEGRATION_PROVIDER_NOT_FOUND: 404,
  WEBHOOK_EVENT_NOT_FOUND: 404,
  WEBHOOK_EVENT_NOT_RETRYABLE: 409,
};

/** Errors shared by every provider's integration; messages are English, the SPA translates by code. */
export class IntegrationException extends AppException<IntegrationErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static accountInUse(): IntegrationException {
    return new IntegrationException(
      IntegrationErrorCode.AccountInUse,
      'This provider account is already connected to another organisation.',
    );
  }

  static providerNotFound(): IntegrationException {
    return new IntegrationException(
      IntegrationErrorCode.ProviderNotFound,
      'No such integration provider (whatsapp, twilio or email).',
    );
  }

  static eventNotFound(): IntegrationException {
    return new IntegrationException(IntegrationErrorCode.EventNotFound, 'Webhook event not found.');
  }

  static eventNotRetryable(): IntegrationException {
    return new IntegrationException(
      IntegrationErrorCode.EventNotRetryable,
      'Only failed webhook events can be retried.',
    );
  }
}
