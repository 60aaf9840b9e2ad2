import type { FakeErrorReply } from '../fake-http/fake-reply';
import type { FakeTwilioFailure } from './fake-twilio-api.type';

/** Twilio's error body, as the 2010-04-01 API writes it. */
export type TwilioErrorBody = {
  code: number;
  message: string;
  more_info: string;
  status: number;
};

/** What the fake writes back for an error: status, headers and Twilio's body (or a page). */
export type FakeTwilioErrorReply = FakeErrorReply<TwilioErrorBody>;

/** Twilio's sentences for the codes a test is likely to inject without a message. */
const MESSAGE_BY_CODE: Record<number, string> = {
  20003: 'Authenticate',
  20429: 'Too Many Requests',
  20500: 'Internal Server Error',
  20503: 'Service Unavailable',
};

const PAGE_TITLE_BY_STATUS: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function twilioError(
  httpStatus: number,
  code: number,
  message: string,
): FakeTwilioErrorReply {
  return {
    httpStatus,
    headers: {},
    body: {
      code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status: httpStatus,
    },
    plainText: null,
  };
}

/** Builds the reply for an injected failure, filling what the test left out. */
export function failureReply(failure: FakeTwilioFailure): FakeTwilioErrorReply {
  if (failure.plain) {
    const heading = `${failure.httpStatus} ${PAGE_TITLE_BY_STATUS[failure.httpStatus] ?? 'Error'}`;
    return {
      httpStatus: failure.httpStatus,
      headers: {},
      body: null,
      plainText: `<html><head><title>${heading}</title></head><body><center><h1>${heading}</h1></center></body></html>`,
    };
  }
  const message = failure.message ?? MESSAGE_BY_CODE[failure.code] ?? `Error ${failure.code}`;
  return twilioError(failure.httpStatus, failure.code, message);
}

/** Missing or wrong Basic credentials (Account SID and auth token). */
export function authenticate(): FakeTwilioErrorReply {
  const reply = twilioError(401, 20003, 'Authenticate');
  return { ...reply, headers: { 'www-authenticate': 'Basic realm="Twilio API"' } };
}

/** A path with nothing behind it, or a resource of another account. */
export function notFound(path: string): FakeTwilioErrorReply {
  return twilioError(404, 20404, `The requested resource ${path} was not found`);
}

/** A parameter Twilio refused when creating a resource. */
export function invalidParameter(code: number, message: string): FakeTwilioErrorReply {
  return twilioError(400, code, message);
}
