import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios';
import type { FieldError, ProblemDetails } from '@loved/shared';
import { useSessionStore } from '@/stores/session.store';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const API_BASE_URL = '/api/v1';

/** Codes the client gives failures that never reached the API or answered no problem body. */
export const ClientErrorCode = {
  Network: 'NETWORK_ERROR',
  UnexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;

/** An API failure as the SPA sees it: the problem+json body, typed. */
export class ApiError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code?: string;
  readonly errors: FieldError[];

  constructor(problem: ProblemDetails) {
    super(problem.detail);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** RFC 9457 makes every member optional; the API always sends `status` and `title`. */
type ProblemBody = Partial<ProblemDetails> & Pick<ProblemDetails, 'status' | 'title'>;

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isProblemBody(value: unknown): value is ProblemBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.status !== 'number' || typeof candidate.title !== 'string') return false;
  if (![candidate.type, candidate.detail, candidate.code].every(isOptionalString)) return false;
  if (candidate.errors === undefined) return true;
  return Array.isArray(candidate.errors) && candidate.errors.every(isFieldError);
}

function isProblemResponse(error: AxiosError): boolean {
  const contentType = error.response?.headers['content-type'];
  return typeof contentType === 'string' && contentType.includes(PROBLEM_CONTENT_TYPE);
}

/** Turns whatever axios rejected with into an ApiError; cancellations pass through untouched. */
export function toApiError(error: unknown): unknown {
  if (axios.isCancel(error) || !axios.isAxiosError(error)) return error;
  const response = error.response;
  if (!response) {
    return new ApiError({
      type: 'about:blank',
      title: 'Network Error',
      status: 0,
      detail: 'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
      code: ClientErrorCode.Network,
    });
  }
  const body: unknown = response.data;
  if (isProblemResponse(error) && isProblemBody(body)) {
    return new ApiError({
      type: body.type ?? 'about:blank',
      title: body.title,
      status: body.status,
      detail: body.detail ?? body.title,
      code: body.code,
      errors: body.errors,
    });
  }
  return new ApiError({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: 'O servidor respondeu de forma inesperada. Tente novamente em instantes.',
    code: ClientErrorCode.UnexpectedResponse,
  });
}

function withSession(config: InternalAxiosRequestConfig): InternalAxiosRequestConfig {
  const { accessToken, organizationId } = useSessionStore.getState();
  if (accessToken) config.headers.set('Authorization', `Bearer ${accessToken}`);
  if (organizationId) config.headers.set('X-Org-Id', organizationId);
  return config;
}

function rejectAsApiError(error: unknown): Promise<never> {
  const apiError = toApiError(error);
  // The one place a 401 is handled: the token is no longer good, so the session ends.
  if (apiError instanceof ApiError && apiError.status === 401) {
    const { accessToken, clearSession } = useSessionStore.getState();
    if (accessToken) clearSession();
  }
  return Promise.reject(apiError);
}

/** The single HTTP client of the SPA; features call it from one file per endpoint. */
export const apiClient = axios.create({
  baseURL: API_BASE_URL,
  headers: { Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` },
});

apiClient.interceptors.request.use(withSession);
apiClient.interceptors.response.use((response) => response, rejectAsApiError);
