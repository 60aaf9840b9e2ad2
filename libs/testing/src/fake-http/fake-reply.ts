/**
 * What a fake's route handler answers; the fake's server writes it. Handlers return a value
 * instead of writing to the response, so they stay plain functions of the request.
 */
export type FakeReply =
  | { kind: 'json'; httpStatus: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'bytes'; httpStatus: number; bytes: Buffer; contentType: string }
  | { kind: 'text'; httpStatus: number; text: string; headers?: Record<string, string> };

/** A provider's error as a fake builds it: status, headers and the provider's body (or a page). */
export type FakeErrorReply<Body> = {
  httpStatus: number;
  headers: Record<string, string>;
  body: Body | null;
  /** Set when `body` is null: a non-JSON page such as a proxy's. */
  plainText: string | null;
};

export function jsonReply(
  body: unknown,
  httpStatus = 200,
  headers?: Record<string, string>,
): FakeReply {
  return { kind: 'json', httpStatus, body, headers };
}

export function errorReply(error: FakeErrorReply<unknown>): FakeReply {
  if (error.body === null) {
    return {
      kind: 'text',
      httpStatus: error.httpStatus,
      text: error.plainText ?? '',
      headers: error.headers,
    };
  }
  return { kind: 'json', httpStatus: error.httpStatus, body: error.body, headers: error.headers };
}
