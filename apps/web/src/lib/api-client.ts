import axios, { AxiosHeaders, type AxiosError, type InternalAxiosRequestConfig } from 'axios';
import type { AuthResponse, FieldError, FieldErrorParams, ProblemDetails } from '@loved/shared';
import { useSessionStore } from '@/stores/session.store';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const API_BASE_URL = '/api/v1';

// Module augmentation is the one place `interface` is needed: axios declares its config so.
declare module 'axios' {
  interface AxiosRequestConfig {
    /** Public auth routes: a 401 there means bad credentials, never an expired session. */
    skipAuthRefresh?: boolean;
    /** Set on the retry after a refresh, so a second 401 is final. */
    retriedAfterRefresh?: boolean;
  }
}

/** Codes the client gives failures that never reached the API or answered no problem body. */
export const ClientErrorCode = {
  Network: 'NETWORK_ERROR',
  UnexpectedResponse: 'UNEXPECTED_RESPONSE',
  NoSession: 'NO_SESSION',
} as const;

/** An API failure as the SPA sees it: the problem+json body, typed. */
export class ApiError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** For developers (the API's English text); people read `describeError`, chosen by `code`. */
  readonly detail: string;
  readonly code?: string;
  readonly errors: FieldError[];
  /** Members beyond RFC 9457's, e.g. `current` of a stale lead or `existing_lead`. */
  readonly extensions: Record<string, unknown>;

  constructor(problem: ProblemDetails, extensions: Record<string, unknown> = {}) {
    super(problem.detail);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors ?? [];
    this.extensions = extensions;
  }
}

type FieldErrorBody = Pick<FieldError, 'field' | 'message'> & Record<string, unknown>;

function isFieldError(value: unknown): value is FieldErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

function isParams(value: unknown): value is FieldErrorParams {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field error as the SPA uses it; a server that names no rule gets the generic text. */
function toFieldError(body: FieldErrorBody): FieldError {
  return {
    field: body.field,
    code: typeof body.code === 'string' ? body.code : '',
    ...(isParams(body.params) ? { params: body.params } : {}),
    message: body.message,
  };
}

/** RFC 9457 makes every member optional; the API always sends `status` and `title`. */
type ProblemBody = Partial<Omit<ProblemDetails, 'errors'>> & { errors?: FieldErrorBody[] } & Pick<
    ProblemDetails,
    'status' | 'title'
  > &
  Record<string, unknown>;

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

const PROBLEM_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'code',
  'errors',
  'instance',
]);

function extensionsOf(body: ProblemBody): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !PROBLEM_MEMBERS.has(key)));
}

/** Turns whatever axios rejected with into an ApiError; cancellations pass through untouched. */
export function toApiError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
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
    return new ApiError(
      {
        type: body.type ?? 'about:blank',
        title: body.title,
        status: body.status,
        detail: body.detail ?? body.title,
        code: body.code,
        errors: body.errors?.map(toFieldError),
      },
      extensionsOf(body),
    );
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

/** The single HTTP client of the SPA; features call it from one file per endpoint. */
export const apiClient = axios.create({
  baseURL: API_BASE_URL,
  headers: { Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` },
});

let refreshInFlight: Promise<AuthResponse> | null = null;

async function requestRefresh(): Promise<AuthResponse> {
  const { refreshToken } = useSessionStore.getState();
  if (!refreshToken) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Sua sessão expirou. Entre novamente para continuar.',
      code: ClientErrorCode.NoSession,
    });
  }
  const response = await apiClient.post<AuthResponse>(
    '/auth/refresh',
    { refresh_token: refreshToken },
    { skipAuthRefresh: true },
  );
  useSessionStore.getState().setAuth(response.data);
  return response.data;
}

/**
 * Trades the refresh token for new tokens. Single-flight: callers that arrive while a refresh
 * runs share it, because the API rotates refresh tokens and a replayed one ends the session.
 */
export function refreshSession(): Promise<AuthResponse> {
  refreshInFlight ??= requestRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

function bearerOf(config: InternalAxiosRequestConfig): string | null {
  const header = AxiosHeaders.from(config.headers).get('Authorization');
  return typeof header === 'string' ? header.replace(/^Bearer /, '') : null;
}

/** A refresh answered by the API with a refusal ends the session; a network blip does not. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

async function handleFailure(error: unknown): Promise<unknown> {
  const apiError = toApiError(error);
  const config = axios.isAxiosError(error) ? error.config : undefined;
  const isExpiredSession =
    apiError instanceof ApiError &&
    apiError.status === 401 &&
    config !== undefined &&
    !config.skipAuthRefresh;
  if (!isExpiredSession) throw apiError;

  const session = useSessionStore.getState();
  if (!session.accessToken) throw apiError;
  if (config.retriedAfterRefresh || !session.refreshToken) {
    session.clearSession({ expired: true });
    throw apiError;
  }
  // Another request may have refreshed already: then only the retry is missing.
  if (bearerOf(config) === session.accessToken) {
    try {
      await refreshSession();
    } catch (refreshError) {
      if (isRefusal(refreshError)) useSessionStore.getState().clearSession({ expired: true });
      throw apiError;
    }
  }
  config.retriedAfterRefresh = true;
  return apiClient.request(config);
}

apiClient.interceptors.request.use(withSession);
apiClient.interceptors.response.use((response) => response, handleFailure);
