import { FieldAppException } from '../../core/http/app.exception';

export const ApiKeyErrorCode = {
  NotFound: 'API_KEY_NOT_FOUND',
  ExpiryInPast: 'API_KEY_EXPIRY_IN_PAST',
} as const;
export type ApiKeyErrorCode = (typeof ApiKeyErrorCode)[keyof typeof ApiKeyErrorCode];

const STATUS: Record<ApiKeyErrorCode, number> = {
  API_KEY_NOT_FOUND: 404,
  API_KEY_EXPIRY_IN_PAST: 422,
};

export class ApiKeyException extends FieldAppException<ApiKeyErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }

  static notFound(): ApiKeyException {
    return new ApiKeyException(ApiKeyErrorCode.NotFound, 'API key not found.');
  }

  static expiryInPast(): ApiKeyException {
    return new ApiKeyException(
      ApiKeyErrorCode.ExpiryInPast,
      'The expiry must be in the future.',
      'expires_at',
    );
  }
}
