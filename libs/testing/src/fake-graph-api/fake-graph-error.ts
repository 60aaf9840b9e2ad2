import type { FakeErrorReply } from '../fake-http/fake-reply';
import { newFbTraceId } from './fake-graph-ids';
import type { FakeGraphFailure } from './fake-graph-api.type';

/** What the fake writes back for an error: status, headers and Meta's `{ error: … }` body. */
export type FakeGraphErrorReply = FakeErrorReply<{ error: Record<string, unknown> }>;

const DEFAULT_STATUS_BY_CODE: Record<number, number> = {
  1: 500,
  2: 503,
  190: 401,
  130429: 429,
  131000: 500,
  131016: 503,
};

/** Meta's titles, which it puts in `message` as `(#code) Title`. */
const TITLE_BY_CODE: Record<number, string> = {
  1: 'An unknown error has occurred.',
  2: 'Service temporarily unavailable',
  4: 'Application request limit reached',
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token - Cannot parse access token',
  80007: 'Rate limit issues',
  130429: 'Rate limit hit',
  131000: 'Something went wrong',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131016: 'Service unavailable',
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131051: 'Unsupported message type',
  131053: 'Media upload error',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  132001: 'Template name does not exist in the translation',
};

function defaultMessage(code: number): string {
  const title = TITLE_BY_CODE[code] ?? 'Unknown error';
  // Platform-wide codes (1, 2, 190) carry a bare sentence; the others a `(#code)` prefix.
  return code === 1 || code === 2 || code === 190 ? title : `(#${code}) ${title}`;
}

/** Builds the reply for an injected failure, filling what the test left out as Meta would. */
export function failureReply(failure: FakeGraphFailure): FakeGraphErrorReply {
  const httpStatus = failure.httpStatus ?? DEFAULT_STATUS_BY_CODE[failure.code] ?? 400;
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(failure.retryAfterSeconds);
  }
  if (failure.plain) {
    return {
      httpStatus,
      headers,
      body: null,
      plainText: `<html><body><h1>${httpStatus} Service Unavailable</h1></body></html>`,
    };
  }
  const error: Record<string, unknown> = {
    message: failure.message ?? defaultMessage(failure.code),
    type: failure.type ?? 'OAuthException',
    code: failure.code,
  };
  if (failure.subcode !== undefined) error.error_subcode = failure.subcode;
  if (failure.isTransient !== undefined) error.is_transient = failure.isTransient;
  if (failure.details !== undefined) {
    error.error_data = { messaging_product: 'whatsapp', details: failure.details };
  }
  error.fbtrace_id = newFbTraceId();
  return { httpStatus, headers, body: { error }, plainText: null };
}

/** `(#100) …`: a parameter Meta refused. */
export function invalidParameter(message: string, details?: string): FakeGraphErrorReply {
  return failureReply({ code: 100, httpStatus: 400, message: `(#100) ${message}`, details });
}

export function missingToken(): FakeGraphErrorReply {
  return failureReply({
    code: 190,
    httpStatus: 401,
    message: 'An access token is required to request this resource.',
  });
}

export function unknownToken(): FakeGraphErrorReply {
  return failureReply({ code: 190, httpStatus: 401 });
}

export function revokedToken(): FakeGraphErrorReply {
  return failureReply({
    code: 190,
    subcode: 460,
    httpStatus: 401,
    message:
      'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
  });
}

/** Meta's answer for an id the token may not see, or that does not exist. */
export function unsupportedRequest(method: string, objectId: string): FakeGraphErrorReply {
  const verb = method === 'GET' ? 'get' : method === 'DELETE' ? 'delete' : 'post';
  return failureReply({
    code: 100,
    subcode: 33,
    httpStatus: 400,
    type: 'GraphMethodException',
    message: `Unsupported ${verb} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  });
}

/** Graph's answer for a path with no endpoint behind it. */
export function unknownPath(path: string): FakeGraphErrorReply {
  return failureReply({
    code: 2500,
    httpStatus: 400,
    message: `Unknown path components: ${path}`,
  });
}
