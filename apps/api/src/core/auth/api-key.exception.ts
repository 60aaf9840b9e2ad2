import { FieldAppException } from '../http/app.exception';

export const ApiKeyAuthErrorCode = {
  WrongOrganization: 'API_KEY_WRONG_ORGANIZATION',
  RouteNotAllowed: 'API_KEY_ROUTE_NOT_ALLOWED',
  ScopeMissing: 'API_KEY_SCOPE_MISSING',
  RateLimited: 'API_KEY_RATE_LIMITED',
} as const;
export type ApiKeyAuthErrorCode = (typeof ApiKeyAuthErrorCode)[keyof typeof ApiKeyAuthErrorCode];

const STATUS: Record<ApiKeyAuthErrorCode, number> = {
  API_KEY_WRONG_ORGANIZATION: 403,
  API_KEY_ROUTE_NOT_ALLOWED: 403,
  API_KEY_SCOPE_MISSING: 403,
  API_KEY_RATE_LIMITED: 429,
};

/** Refusals of a request made with an organisation API key (after the key itself was valid). */
export class ApiKeyAuthException extends FieldAppException<ApiKeyAuthErrorCode> {
  get status(): number {
    return STATUS[this.code];
  }
}
