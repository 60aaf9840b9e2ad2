import type { FakeGraphFailure } from './fake-graph-api.type';

type FailurePreset = Omit<FakeGraphFailure, 'path' | 'times'>;

/**
 * Errors Meta really answers, ready for `failNext({ ...graphErrorPresets.reEngagement, path })`.
 * Status codes follow what the client must cope with; Meta itself sends some rate limits as 400.
 */
export const graphErrorPresets = {
  /** Free text outside the 24 h customer-service window: a template is needed. */
  reEngagement: {
    code: 131047,
    httpStatus: 400,
    message: '(#131047) Re-engagement message',
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  },
  /** Throughput of the phone number exceeded: the client should back off and retry. */
  rateLimit: {
    code: 130429,
    httpStatus: 429,
    message: '(#130429) Rate limit hit',
    details: 'Cloud API message throughput has been reached.',
  },
  /** Too many messages to one customer in a short time. */
  pairRateLimit: {
    code: 131056,
    httpStatus: 400,
    message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
    details:
      'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
  },
  /** A token that expired (subcode 463); revoked ones come from `revokeToken`. */
  invalidToken: {
    code: 190,
    subcode: 463,
    httpStatus: 401,
    message:
      'Error validating access token: Session has expired on Sunday, 01-Jun-25 10:00:00 PDT. The current time is Monday, 02-Jun-25 10:00:00 PDT.',
  },
  undeliverable: {
    code: 131026,
    httpStatus: 400,
    message: '(#131026) Message undeliverable',
    details:
      'Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number, the recipient has not accepted the new Terms of Service, or the recipient is using an old WhatsApp version.',
  },
  /** Meta's generic 500. */
  serverError: {
    code: 131000,
    httpStatus: 500,
    message: '(#131000) Something went wrong',
    details: 'Something went wrong',
  },
  /** A 503 page with no Meta body, as an overloaded edge answers. */
  serviceUnavailable: { code: 2, httpStatus: 503, plain: true },
} as const satisfies Record<string, FailurePreset>;
