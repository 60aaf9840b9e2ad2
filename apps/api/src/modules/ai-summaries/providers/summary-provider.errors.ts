import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';

/** A summary that could not be written: a readable reason, and whether trying again may help. */
export class SummaryProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'SummaryProviderError';
  }
}

export type SummaryFailure = { message: string; retryable: boolean };

const PROVIDER_DETAIL_LENGTH = 200;

/** The provider's own words, short: they name the model or the parameter, never our prompt. */
const detailOf = (error: APIError): string => {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : '';
  return message ? `: ${message.slice(0, PROVIDER_DETAIL_LENGTH)}` : '';
};

/**
 * Why a summary failed, for people (stored on the summary), and whether the job should retry:
 * rate limits, 5xx, timeouts and lost connections may pass; a refused key, an unknown model, a
 * refused request or an answer outside the schema will not.
 */
export function toSummaryFailure(error: unknown, model: string): SummaryFailure {
  if (error instanceof SummaryProviderError) {
    return { message: error.message, retryable: error.retryable };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return { message: 'The AI provider did not answer in time.', retryable: true };
  }
  if (error instanceof APIConnectionError) {
    return { message: 'The AI provider could not be reached.', retryable: true };
  }
  if (error instanceof AuthenticationError) {
    return {
      message: 'The AI provider refused the API key (401). Check OPENAI_API_KEY.',
      retryable: false,
    };
  }
  if (error instanceof PermissionDeniedError) {
    return {
      message: `The AI provider refused access (403)${detailOf(error)}`,
      retryable: false,
    };
  }
  if (error instanceof NotFoundError) {
    return {
      message: `The AI provider does not offer the model "${model}" (404). Check OPENAI_MODEL and OPENAI_BASE_URL.`,
      retryable: false,
    };
  }
  if (error instanceof RateLimitError) {
    return {
      message: `The AI provider is rate-limiting requests or the account is out of quota (429)${detailOf(error)}`,
      retryable: true,
    };
  }
  if (error instanceof BadRequestError) {
    return {
      message: `The AI provider refused the request (400)${detailOf(error)}`,
      retryable: false,
    };
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryable = status === 408 || status === 409 || status >= 500;
    return {
      message: retryable
        ? `The AI provider failed (HTTP ${status}).`
        : `The AI provider refused the request (HTTP ${status})${detailOf(error)}`,
      retryable,
    };
  }
  return { message: 'An unexpected error stopped the summary.', retryable: true };
}
