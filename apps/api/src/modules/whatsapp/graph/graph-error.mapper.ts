import { GraphApiError } from './graph-api.errors';
import { parseRetryAfterMs } from './utils/graph-retry.util';
import { isRecord, numberOrNull, stringOrNull } from './utils/graph-json.util';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Reads Meta's `{ error: { message, type, code, error_subcode, error_data, fbtrace_id } }`.
 * A body that is not Meta's (a proxy's HTML page) still gives an error with the HTTP status.
 */
export function toGraphApiError(httpStatus: number, headers: Headers, text: string): GraphApiError {
  const body = parseJson(text);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const errorData = error && isRecord(error.error_data) ? error.error_data : null;
  return new GraphApiError({
    httpStatus,
    code: numberOrNull(error?.code),
    subcode: numberOrNull(error?.error_subcode),
    message: stringOrNull(error?.message) ?? `Graph API answered HTTP ${httpStatus}`,
    details: stringOrNull(errorData?.details),
    type: stringOrNull(error?.type),
    fbtraceId: stringOrNull(error?.fbtrace_id),
    isTransient: error?.is_transient === true,
    retryAfterMs: parseRetryAfterMs(headers.get('retry-after'), Date.now()),
  });
}

/** A 2xx answer without the fields we need: not retried, since the same answer would come back. */
export function unexpectedResponse(httpStatus: number, what: string): GraphApiError {
  return new GraphApiError({
    httpStatus,
    code: null,
    subcode: null,
    message: `Unexpected Graph API response: ${what}`,
    details: null,
    type: null,
    fbtraceId: null,
    isTransient: false,
    retryAfterMs: null,
  });
}
