import { FieldAppException } from '../../core/http/app.exception';

export const WebhookEndpointErrorCode = {
  NotFound: 'WEBHOOK_ENDPOINT_NOT_FOUND',
  DeliveryNotFound: 'WEBHOOK_DELIVERY_NOT_FOUND',
  UrlNotAllowed: 'WEBHOOK_URL_NOT_ALLOWED',
  DeliveryNotRetryable: 'WEBHOOK_DELIVERY_NOT_RETRYABLE',
} as const;
export type WebhookEndpointErrorCode =
  (typeof WebhookEndpointErrorCode)[keyof typeof WebhookEndpointErrorCode];

const STATUS: Record<WebhookEndpointErrorCode, number> = {
  WEBHOOK_ENDPOINT_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  WEBHOOK_URL_NOT_ALLOWED: 422,
  WEBHOOK_DELIVERY_NOT_RETRYABLE: 409,
};

export class WebhookEndpointException extends FieldAppException<WebhookEndpointErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  /** Also for another organisation's endpoint: as if it did not exist. */
  static notFound(): WebhookEndpointException {
    return new WebhookEndpointException(
      WebhookEndpointErrorCode.NotFound,
      'Webhook endpoint not found.',
    );
  }

  static deliveryNotFound(): WebhookEndpointException {
    return new WebhookEndpointException(
      WebhookEndpointErrorCode.DeliveryNotFound,
      'Webhook delivery not found.',
    );
  }

  /** `reason` says what is wrong with the URL (never what it resolved to). */
  static urlNotAllowed(reason: string): WebhookEndpointException {
    return new WebhookEndpointException(WebhookEndpointErrorCode.UrlNotAllowed, reason, 'url');
  }

  static deliveryNotRetryable(): WebhookEndpointException {
    return new WebhookEndpointException(
      WebhookEndpointErrorCode.DeliveryNotRetryable,
      'The delivery already succeeded; send a test event to check the endpoint again.',
    );
  }
}
