import { describe, expect, it } from 'vitest';
import { GraphApiError, type GraphApiErrorFields } from './graph-api.errors';

const graphError = (fields: Partial<GraphApiErrorFields>): GraphApiError =>
  new GraphApiError({
    httpStatus: 400,
    code: null,
    subcode: null,
    message: 'error',
    details: null,
    type: 'OAuthException',
    fbtraceId: null,
    isTransient: false,
    retryAfterMs: null,
    ...fields,
  });

describe('GraphApiError', () => {
  it('treats HTTP 401 and code 190 as auth failures, never retryable', () => {
    expect(graphError({ httpStatus: 401 }).isAuthFailure).toBe(true);
    expect(graphError({ httpStatus: 400, code: 190 }).isAuthFailure).toBe(true);
    expect(graphError({ httpStatus: 401, code: 190 }).isRetryable).toBe(false);
  });

  it('retries 429, 5xx, rate-limit codes sent as 400 and transient errors', () => {
    expect(graphError({ httpStatus: 429 }).isRetryable).toBe(true);
    expect(graphError({ httpStatus: 503 }).isRetryable).toBe(true);
    expect(graphError({ httpStatus: 400, code: 130429 }).isRetryable).toBe(true);
    expect(graphError({ httpStatus: 400, code: 80007 }).isRetryable).toBe(true);
    expect(graphError({ httpStatus: 400, isTransient: true }).isRetryable).toBe(true);
  });

  it('does not retry refusals that the same request would meet again', () => {
    expect(graphError({ code: 131047 }).isRetryable).toBe(false);
    expect(graphError({ code: 100 }).isRetryable).toBe(false);
    expect(graphError({ code: 131056 }).isRetryable).toBe(false);
  });

  it("strips Meta's code prefix from the title", () => {
    expect(graphError({ message: '(#131047) Re-engagement message' }).title).toBe(
      'Re-engagement message',
    );
  });
});
