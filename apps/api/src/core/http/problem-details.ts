import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@loved/shared';
import { AppException } from './app.exception';

const PROBLEM_TYPE_BASE = 'https://loved.crm/problems/';

export const GENERIC_SERVER_ERROR = 'An unexpected error occurred. Try again in a moment.';

const kebab = (code: string): string => code.toLowerCase().replace(/_/g, '-');

type FastifyLikeError = { statusCode?: number; code?: string; message: string };

const FASTIFY_CODES: Record<string, { code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'MALFORMED_BODY',
    detail: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_BODY', detail: 'The JSON body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'BODY_TOO_LARGE',
    detail: 'The request body exceeds the allowed size.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Unsupported content type: send application/json.',
  },
  FST_ERR_BAD_URL: { code: 'MALFORMED_URL', detail: 'The URL is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', detail: 'A path parameter is too long.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'MALFORMED_BODY',
    detail: 'Invalid Content-Length.',
  },
};

function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
): ProblemDetails {
  return {
    type: `${PROBLEM_TYPE_BASE}${kebab(code)}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: unknown }).message
      : response;
  const detail = Array.isArray(message) ? message.join('; ') : String(message);
  const code = (STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/[^A-Z]+/g, '_');
  return problem(status, code, detail);
}

/** PostgreSQL's query_canceled: the statement ran past `DATABASE_STATEMENT_TIMEOUT_MS`. */
const STATEMENT_TIMEOUT_SQLSTATE = '57014';

function isStatementTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, driverError } = error as Error & {
    code?: unknown;
    driverError?: { code?: unknown };
  };
  return code === STATEMENT_TIMEOUT_SQLSTATE || driverError?.code === STATEMENT_TIMEOUT_SQLSTATE;
}

function isFastifyError(error: unknown): error is FastifyLikeError {
  return (
    error instanceof Error &&
    typeof (error as FastifyLikeError).code === 'string' &&
    (error as FastifyLikeError).code!.startsWith('FST_')
  );
}

/**
 * Maps anything thrown to RFC 9457 problem details. Only client errors keep their message;
 * anything unknown becomes a generic 500 (the caller logs the real error).
 */
export function toProblemDetails(error: unknown): ProblemDetails {
  if (error instanceof AppException) {
    return {
      ...error.extensions,
      ...problem(error.status, error.code, error.userMessage, error.errors),
    };
  }
  // Nest wraps Fastify's body-parsing errors in an HttpException; the cause says which one.
  if (error instanceof HttpException && isFastifyError(error.cause))
    return toProblemDetails(error.cause);
  if (error instanceof HttpException) return fromHttpException(error);
  if (isFastifyError(error)) {
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    const status = error.statusCode ?? 500;
    if (known) return problem(status, known.code, known.detail);
    if (status >= 400 && status < 500) return problem(status, 'BAD_REQUEST', error.message);
  }
  // A busy database, not a bug: the client may retry later.
  if (isStatementTimeout(error))
    return problem(503, 'QUERY_TIMEOUT', 'The request took too long to answer. Try again shortly.');
  return problem(500, 'INTERNAL_ERROR', GENERIC_SERVER_ERROR);
}
