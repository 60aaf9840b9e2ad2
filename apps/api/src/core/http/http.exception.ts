import { AppException } from './app.exception';

export const HttpErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedBody: 'MALFORMED_BODY',
  BodyTooLarge: 'BODY_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  NotFound: 'NOT_FOUND',
  DependencyUnavailable: 'DEPENDENCY_UNAVAILABLE',
} as const;
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode];

const STATUS: Record<HttpErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_BODY: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  DEPENDENCY_UNAVAILABLE: 503,
};

/** Errors of the HTTP layer itself, not of any business capability. */
export class HttpLayerException extends AppException<HttpErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
